package app.carnet.domain.security;

import java.util.List;

/**
 * Every table that holds sealed personal fields, with its {@link Encrypted} columns: what a key rotation
 * re-seals, {@code batch} rows per transaction (fewer for tables of files). Each table has an {@code id} and a
 * {@code seal_ref} column. A test checks this list against the entities' annotations.
 */
public record SealedColumns(String table, List<String> columns, int batch) {

    public SealedColumns(String table, List<String> columns) {
        this(table, columns, 200);
    }

    public static final List<SealedColumns> ALL = List.of(
            new SealedColumns("staff_member", List.of("first_name", "last_name", "email")),
            new SealedColumns("client", List.of("last_name", "first_name", "email", "birth_date", "siren", "address",
                    "postal_code", "city", "mobile_phone", "other_phone", "interests", "marital_status", "source_detail",
                    "notes")),
            new SealedColumns("advice", List.of("title", "body", "void_reason")),
            new SealedColumns("anamnesis_entry", List.of("text", "void_reason")),
            new SealedColumns("consultation", List.of("reason", "notes", "follow_up", "shared_summary", "void_reason")),
            new SealedColumns("consultation_attachment", List.of("file_name")),
            new SealedColumns("attachment_content", List.of("content"), 5),
            new SealedColumns("incoming_contact", List.of("summary", "follow_up")),
            new SealedColumns("message", List.of("body")),
            new SealedColumns("measurement", List.of("height_cm", "weight_kg", "void_reason")),
            new SealedColumns("outgoing_email", List.of("recipient", "subject", "body", "calendar")),
            new SealedColumns("second_factor", List.of("totp_secret")));
}
