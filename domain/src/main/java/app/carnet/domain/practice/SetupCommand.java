package app.carnet.domain.practice;

/** What the first-start page asks for. */
public record SetupCommand(String practiceName, String profession, String firstName, String lastName, String email,
        String password) {

    @Override
    public String toString() {
        return "SetupCommand[redacted]";
    }
}
