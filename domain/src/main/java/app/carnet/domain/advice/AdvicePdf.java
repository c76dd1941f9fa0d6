package app.carnet.domain.advice;

import app.carnet.domain.shared.Dates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Advice as an A4 PDF (Apache PDFBox): the practice, the day, the title, whom it is for, the text wrapped on as
 * many pages as it needs, and "page n / N" at the foot. Labels in the client's language
 * ({@code app/carnet/domain/advice/documents*.properties}). The text is set in DejaVu Sans, shipped with Carnet and
 * embedded (the characters used only), so that what the practitioner typed comes out as typed (≥, →, œ, Greek
 * letters…); a character the font lacks (an emoji) is written as "?".
 */
final class AdvicePdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY_SIZE = 11;
    private static final float LEADING = 15;
    private static final String FONTS = "/app/carnet/domain/advice/fonts/";

    private AdvicePdf() {
    }

    /** A line to draw: its text, font and size, and the space before it. */
    private record Line(String text, PDFont font, float size, float before) {
    }

    static byte[] render(String practice, String clientName, AdviceForm advice, String language) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDFont regular = font(document, "DejaVuSans.ttf");
            PDFont bold = font(document, "DejaVuSans-Bold.ttf");
            var locale = Locale.forLanguageTag(language);
            var labels = ResourceBundle.getBundle("app.carnet.domain.advice.documents", locale);
            draw(document, lines(practice, clientName, advice, locale, labels, regular, bold), practice, advice.title(),
                    labels, regular);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the advice PDF", e);
        }
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = AdvicePdf.class.getResourceAsStream(FONTS + file)) {
            return PDType0Font.load(document, in, true);
        }
    }

    private static List<Line> lines(String practice, String clientName, AdviceForm advice, Locale locale,
            ResourceBundle labels, PDFont regular, PDFont bold) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(safe(practice, bold), bold, 11, 0));
        lines.add(new Line(safe(MessageFormat.format(labels.getString("advice.date"), date(advice.writtenOn(), locale)),
                regular), regular, 10, 4));
        for (String part : wrap(safe(advice.title(), bold), bold, 16)) {
            lines.add(new Line(part, bold, 16, lines.size() == 2 ? 28 : 4));
        }
        lines.add(new Line(safe(MessageFormat.format(labels.getString("advice.for"), clientName), regular), regular, 11,
                8));
        boolean first = true;
        for (String paragraph : advice.body().split("\n", -1)) {
            List<String> wrapped = wrap(safe(paragraph, regular), regular, BODY_SIZE);
            for (String part : wrapped) {
                lines.add(new Line(part, regular, BODY_SIZE, first ? 22 : LEADING - BODY_SIZE));
                first = false;
            }
        }
        return lines;
    }

    private static void draw(PDDocument document, List<Line> lines, String practice, String title,
            ResourceBundle labels, PDFont regular) throws IOException {
        var pages = paginate(lines);
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
                write(content, foot, regular, 9, MARGIN, MARGIN / 2);
            }
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

    private static void write(PDPageContentStream content, String text, PDFont font, float size, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** Cuts a paragraph into lines that fit the page's width, between words (a word too long is cut). */
    static List<String> wrap(String paragraph, PDFont font, float size) {
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

    private static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font cannot write replaced by "?" (and tabs by spaces). */
    static String safe(String text, PDFont font) {
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
