package app.carnet.domain.advice;

import app.carnet.domain.shared.Dates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Advice as an A4 PDF (Apache PDFBox): the practice, the day, the title, whom it is for, the text wrapped on as
 * many pages as it needs, and "page n / N" at the foot. Labels in the client's language
 * ({@code app/carnet/domain/advice/documents*.properties}). The standard PDF fonts carry the Latin-1 and Windows
 * characters French needs; anything else (an emoji) is written as "?".
 */
final class AdvicePdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY_SIZE = 11;
    private static final float LEADING = 15;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private AdvicePdf() {
    }

    /** A line to draw: its text, font and size, and the space before it. */
    private record Line(String text, PDType1Font font, float size, float before) {
    }

    static byte[] render(String practice, String clientName, AdviceForm advice, String language) {
        var locale = Locale.forLanguageTag(language);
        var labels = ResourceBundle.getBundle("app.carnet.domain.advice.documents", locale);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(safe(practice, BOLD), BOLD, 11, 0));
        lines.add(new Line(safe(MessageFormat.format(labels.getString("advice.date"), date(advice.writtenOn(), locale)),
                REGULAR), REGULAR, 10, 4));
        for (String part : wrap(safe(advice.title(), BOLD), BOLD, 16)) {
            lines.add(new Line(part, BOLD, 16, lines.size() == 2 ? 28 : 4));
        }
        lines.add(new Line(safe(MessageFormat.format(labels.getString("advice.for"), clientName), REGULAR), REGULAR, 11, 8));
        boolean first = true;
        for (String paragraph : advice.body().split("\n", -1)) {
            List<String> wrapped = wrap(safe(paragraph, REGULAR), REGULAR, BODY_SIZE);
            for (String part : wrapped) {
                lines.add(new Line(part, REGULAR, BODY_SIZE, first ? 22 : LEADING - BODY_SIZE));
                first = false;
            }
        }
        return draw(lines, practice, advice.title(), labels);
    }

    private static byte[] draw(List<Line> lines, String practice, String title, ResourceBundle labels) {
        var pages = paginate(lines);
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setAuthor(practice);
            document.getDocumentInformation().setCreator("Carnet");
            for (int n = 0; n < pages.size(); n++) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    float y = PDRectangle.A4.getHeight() - MARGIN;
                    for (Line line : pages.get(n)) {
                        y -= line.before() + line.size();
                        write(content, line.text(), line.font(), line.size(), MARGIN, y);
                    }
                    String foot = MessageFormat.format(labels.getString("advice.page"), n + 1, pages.size());
                    write(content, foot, REGULAR, 9, MARGIN, MARGIN / 2);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the advice PDF", e);
        }
    }

    /** Lines into pages: a page holds what fits between the margins (the foot has its own space). */
    private static List<List<Line>> paginate(List<Line> lines) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        float room = PDRectangle.A4.getHeight() - 2 * MARGIN;
        for (Line line : lines) {
            float height = line.before() + line.size();
            if (height > room && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                room = PDRectangle.A4.getHeight() - 2 * MARGIN;
                line = new Line(line.text(), line.font(), line.size(), 0);
                height = line.size();
            }
            page.add(line);
            room -= height;
        }
        pages.add(page);
        return pages;
    }

    private static void write(PDPageContentStream content, String text, PDType1Font font, float size, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** Cuts a paragraph into lines that fit the page's width, between words (a word too long is cut). */
    static List<String> wrap(String paragraph, PDType1Font font, float size) {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= WIDTH) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > WIDTH) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > WIDTH) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font cannot write replaced by "?" (and tabs by spaces). */
    static String safe(String text, PDType1Font font) {
        var out = new StringBuilder();
        text.replace('\t', ' ').replace("\r", "").codePoints().forEach(c -> {
            String one = new String(Character.toChars(c));
            try {
                font.encode(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static String date(LocalDate day, Locale locale) {
        return Dates.date(day, locale);
    }
}
