package app.carnet.domain.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The contact data a client corrects themselves in the portal (GDPR art. 16): address and phones. Their name, birth
 * date and email (the login) they ask the practitioner to correct. Optional values are {@code null}.
 */
public record ContactData(String address, String postalCode, String city, String mobilePhone, String otherPhone) {

    /** The fields, in the form's order, as {@link #changedFrom} names them. */
    public static final List<String> FIELDS = List.of("address", "postalCode", "city",
            "mobilePhone", "otherPhone");

    static ContactData of(ClientFile file) {
        return new ContactData(file.address(), file.postalCode(), file.city(), file.mobilePhone(), file.otherPhone());
    }

    /** The fields whose value differs from {@code before}'s, in the form's order. */
    public List<String> changedFrom(ContactData before) {
        var changed = new ArrayList<String>();
        String[] now = {address, postalCode, city, mobilePhone, otherPhone};
        String[] then = {before.address, before.postalCode, before.city, before.mobilePhone, before.otherPhone};
        for (int i = 0; i < now.length; i++) {
            if (!Objects.equals(now[i], then[i])) {
                changed.add(FIELDS.get(i));
            }
        }
        return changed;
    }

    @Override
    public String toString() {
        return "ContactData[redacted]";
    }
}
