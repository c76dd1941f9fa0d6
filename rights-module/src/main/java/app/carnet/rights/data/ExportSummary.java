package app.carnet.rights.data;

import app.carnet.domain.privacy.ClientExport.Scope;
import app.carnet.domain.privacy.ClientExport.Section;
import app.carnet.domain.shared.Dates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * {@code resume.html}: what an archive holds, for a person to read, in the client's language (French, or English):
 * which archive it is and the right behind it, each section with what it is and how many items, and the files. One
 * self-contained page (its style inside, no script, no image, nothing fetched), which opens without a network.
 */
final class ExportSummary {

    static final String FILE = "resume.html";
    private static final String BUNDLE = "app.carnet.rights.export";

    private ExportSummary() {
    }

    static void write(Scope scope, String practice, Instant exportedAt, Map<String, Section> sections,
            int attachments, boolean fhir, Locale locale, Writer out) {
        var labels = ResourceBundle.getBundle(BUNDLE, english(locale) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var html = new StringBuilder(4096);
        String title = format(labels, "title." + scope, practice);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(english(locale) ? "en" : "fr")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em;"
                        + "line-height:1.5;color:#222}table{border-collapse:collapse;width:100%}"
                        + "th,td{border:1px solid #bbb;padding:.4em .6em;text-align:left;vertical-align:top}"
                        + "td.n{text-align:right}</style>\n</head>\n<body>\n<h1>")
                .append(escape(title)).append("</h1>\n<p>").append(escape(format(labels, "intro." + scope, practice)))
                .append("</p>\n<p>").append(escape(format(labels, "made", Dates.dateTime(exportedAt, locale))))
                .append("</p>\n<h2>").append(escape(labels.getString("sections"))).append("</h2>\n");
        if (sections.isEmpty()) {
            html.append("<p>").append(escape(labels.getString("empty"))).append("</p>\n");
        } else {
            html.append("<table>\n<tr><th>").append(escape(labels.getString("section"))).append("</th><th>")
                    .append(escape(labels.getString("what"))).append("</th><th>")
                    .append(escape(labels.getString("count"))).append("</th></tr>\n");
            sections.forEach((name, section) -> html.append("<tr id=\"").append(escape(name)).append("\"><td>")
                    .append(escape(label(labels, "section." + name, name))).append("</td><td>")
                    .append(escape(label(labels, "section." + name + ".what", ""))).append("</td><td class=\"n\">")
                    .append(section.records().size()).append("</td></tr>\n"));
            html.append("</table>\n");
        }
        html.append("<h2>").append(escape(labels.getString("files"))).append("</h2>\n<ul>\n");
        var files = new java.util.ArrayList<>(List.of(labels.getString("file.json"), labels.getString("file.csv")));
        if (fhir) {
            files.add(labels.getString("file.fhir"));
        }
        if (attachments > 0) {
            files.add(format(labels, "file.attachments", attachments));
        }
        files.forEach(f -> html.append("<li>").append(escape(f)).append("</li>\n"));
        html.append("</ul>\n<p>").append(escape(labels.getString("complaint"))).append("</p>\n</body>\n</html>\n");
        try {
            out.write(html.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static String format(ResourceBundle labels, String key, Object argument) {
        return new MessageFormat(labels.getString(key), labels.getLocale()).format(new Object[] {argument});
    }

    /** A section another module adds without a label here goes by its name. */
    private static String label(ResourceBundle labels, String key, String otherwise) {
        try {
            return labels.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
