package app.carnet.domain.staff;

public record StaffView(long id, String firstName, String lastName, StaffRole role) {

    @Override
    public String toString() {
        return "StaffView[id=" + id + "]";
    }
}
