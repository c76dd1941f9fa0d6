package app.carnet.domain.practice;

/** What the first-start page asks for. */
public record SetupCommand(String setupCode, String practiceName, String profession, String firstName, String lastName,
        String email, String password, String passwordConfirmation) {

    @Override
    public String toString() {
        return "SetupCommand[redacted]";
    }
}
