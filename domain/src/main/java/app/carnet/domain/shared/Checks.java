package app.carnet.domain.shared;

import app.carnet.domain.security.BlindIndex;
import app.carnet.domain.security.CommonPasswords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a form's inputs and collects every problem, so that the user sees them all at once;
 * {@link #throwIfAny()} ends the checks. Each method returns the cleaned value, or {@code null} when
 * the input is refused.
 */
public final class Checks {

    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int PASSWORD_MIN_LENGTH = 12;
    public static final int PASSWORD_MAX_LENGTH = 128;
    private static final Pattern POSTAL_CODE = Pattern.compile("^[0-9A-Za-z][0-9A-Za-z -]{1,8}[0-9A-Za-z]$");
    /** La Poste's SIREN, the one that fails the Luhn check. */
    private static final String LA_POSTE = "356000000";
    private static final Pattern PLAUSIBLE_EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private final List<Violation> violations = new ArrayList<>();

    /** A short text such as a name: stripped, present, not too long, no control characters. */
    public @Nullable String text(@Nullable String raw, int maxLength, String field) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return refuse(field, "validation.required");
        }
        if (value.length() > maxLength) {
            return refuse(field, "validation.tooLong");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return refuse(field, "validation.invalid");
        }
        return value;
    }

    /**
     * An optional text: {@code null} when left empty. {@code multiline} allows line breaks (an address, notes),
     * never other control characters.
     */
    public @Nullable String optionalText(@Nullable String raw, int maxLength, String field, boolean multiline) {
        String value = raw == null ? "" : raw.replace("\r\n", "\n").strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            return refuse(field, "validation.tooLong");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\t')))) {
            return refuse(field, "validation.invalid");
        }
        return value;
    }

    /** A required text that may run over several lines (a summary, a message, a document's text). */
    public @Nullable String longText(@Nullable String raw, int maxLength, String field) {
        if (raw == null || raw.isBlank()) {
            return refuse(field, "validation.required");
        }
        return optionalText(raw, maxLength, field, true);
    }

    /** The day of a record: today when left empty, and never after today. */
    public @Nullable LocalDate upToToday(@Nullable LocalDate day, LocalDate today, String field) {
        if (day == null) {
            return today;
        }
        return day.isAfter(today) ? refuse(field, "health.futureDate") : day;
    }

    /**
     * An optional phone number, in the international form it is stored, searched and dialled under:
     * "06 12 34 56 78" and "+33 6 12 34 56 78" are both {@code +33612345678}; "0044 20…" is {@code +4420…}.
     */
    public @Nullable String phone(@Nullable String raw, String field) {
        String typed = raw == null ? "" : raw.strip();
        if (typed.isEmpty()) {
            return null;
        }
        String phone = BlindIndex.phone(typed);
        return phone == null ? refuse(field, "validation.phone") : phone;
    }

    /** An optional SIREN: 9 digits whose Luhn sum is right (spaces allowed when typed). */
    public @Nullable String siren(@Nullable String raw, String field) {
        String siren = raw == null ? "" : raw.replaceAll("[\\s.]", "");
        if (siren.isEmpty()) {
            return null;
        }
        if (!siren.matches("\\d{9}") || !(luhn(siren) || siren.equals(LA_POSTE))) {
            return refuse(field, "validation.siren");
        }
        return siren;
    }

    /** An optional postal code, French or foreign: 3 to 10 letters, digits, spaces or dashes. */
    public @Nullable String postalCode(@Nullable String raw, String field) {
        String code = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            return null;
        }
        return POSTAL_CODE.matcher(code).matches() ? code : refuse(field, "validation.postalCode");
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 != 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** The form under which an email address is stored, looked up and compared: stripped and lower-cased. */
    public static String canonicalEmail(@Nullable String raw) {
        String email = BlindIndex.email(raw);
        return email == null ? "" : email;
    }

    /** An email address in canonical form ({@link #canonicalEmail}), if it is one. */
    public @Nullable String email(@Nullable String raw, String field) {
        String email = canonicalEmail(raw);
        if (email.isEmpty()) {
            return refuse(field, "validation.required");
        }
        if (email.length() > EMAIL_MAX_LENGTH || !PLAUSIBLE_EMAIL.matcher(email).matches()) {
            return refuse(field, "validation.email");
        }
        return email;
    }

    /**
     * NIST SP 800-63B: a length, a list of common passwords and no composition rules. Lengths count characters (code points), so
     * that accented letters and emoji count once.
     */
    public @Nullable String password(@Nullable String password, String field) {
        if (password == null || password.isEmpty()) {
            return refuse(field, "validation.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < PASSWORD_MIN_LENGTH) {
            return refuse(field, "validation.password.tooShort");
        }
        if (length > PASSWORD_MAX_LENGTH) {
            return refuse(field, "validation.password.tooLong");
        }
        if (CommonPasswords.contains(password)) {
            return refuse(field, "validation.password.common");
        }
        return password;
    }

    /** A new password, and its confirmation typed a second time. */
    public @Nullable String password(@Nullable String password, @Nullable String confirmation, String field,
            String confirmationField) {
        String checked = password(password, field);
        if (password != null && !password.isEmpty() && !password.equals(confirmation)) {
            return refuse(confirmationField, "validation.password.mismatch");
        }
        return checked;
    }

    public <T> @Nullable T present(@Nullable T value, String field) {
        return value == null ? refuse(field, "validation.required") : value;
    }

    /** Records a problem; returns {@code null} as whatever the caller's check returns, which ends with it. */
    @SuppressWarnings("TypeParameterUnusedInFormals") // the one place a check's type is chosen by its caller
    public <T> @Nullable T refuse(String field, String messageKey) {
        violations.add(new Violation(field, messageKey));
        return null;
    }

    /** @throws BusinessException with every problem found */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new BusinessException(violations);
        }
    }
}
