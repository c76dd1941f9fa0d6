package app.carnet.rights.data;

import app.carnet.domain.privacy.ClientExport.Section;
import app.carnet.domain.shared.Dates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One section of an archive as a CSV file that a French spreadsheet opens as it is: UTF-8 with a byte-order mark,
 * {@code ;} between fields, lines ending in CRLF, fields quoted as RFC 4180 says (when they hold {@code ;}, a quote
 * or a line break, quotes doubled), dates {@code dd/MM/yyyy}, times {@code dd/MM/yyyy HH:mm} in Paris, decimals with
 * a comma. A text that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}) is
 * preceded by an apostrophe, which the spreadsheet shows as text (OWASP, CSV injection).
 */
final class SectionCsv {

    static final String BOM = "\uFEFF";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private SectionCsv() {
    }

    /** Writes the section: a header of the columns' paths, then a line per record. */
    static void write(Section section, Writer out) {
        try {
            out.write(BOM);
            List<Object> records = section.records();
            List<String> columns = Fields.columns(records.getFirst().getClass(), section);
            line(out, columns);
            for (Object record : records) {
                line(out, columns.stream().map(c -> cell(Fields.at(record, c))).toList());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        var joiner = new StringJoiner(";", "", "\r\n");
        cells.forEach(c -> joiner.add(quoted(c)));
        out.write(joiner.toString());
    }

    static String quoted(String cell) {
        if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    /** A value as a spreadsheet reads it in France. */
    static String cell(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case String s -> FORMULA.matcher(s).matches() ? "'" + s : s;
            case BigDecimal d -> d.toPlainString().replace('.', ',');
            case Double d -> d.toString().replace('.', ',');
            case Number n -> n.toString();
            case Boolean b -> b.toString();
            case Enum<?> e -> e.name();
            case Instant i -> TIME.format(i.atZone(Dates.PARIS));
            case ZonedDateTime z -> TIME.format(z.withZoneSameInstant(Dates.PARIS));
            case OffsetDateTime o -> TIME.format(o.atZoneSameInstant(Dates.PARIS));
            case LocalDateTime t -> TIME.format(t);
            case LocalDate d -> DATE.format(d);
            case Collection<?> c -> {
                var joiner = new StringJoiner(" | ");
                c.forEach(element -> joiner.add(element instanceof Record r ? inline(r) : cell(element)));
                yield joiner.toString();
            }
            case Record r -> inline(r);
            default -> cell(value.toString());
        };
    }

    /** A record within a cell (an attachment of a consultation): its fields, "name: value", by commas. */
    private static String inline(Record record) {
        var joiner = new StringJoiner(", ");
        for (var component : record.getClass().getRecordComponents()) {
            joiner.add(component.getName() + ": " + cell(Fields.read(record, component)));
        }
        return joiner.toString();
    }
}
