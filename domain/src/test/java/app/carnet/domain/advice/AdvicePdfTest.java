package app.carnet.domain.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF is read back with PDFBox: what a client's reader will find in it. */
class AdvicePdfTest {

    @Test
    void render_shouldWriteTheAdviceInTheClientsLanguageOnAsManyPagesAsItNeeds() throws IOException {
        String body = "Boire de l'eau tiède au réveil ; éviter les excitants après 16 h — œufs, thé vert, café.\n\n"
                + "Semaine 1 : marche 20 minutes par jour 🚶, ≥ 5 fruits et légumes → β-carotène.\n"
                + "Une longue phrase de programme qui continue. ".repeat(300);
        byte[] pdf = AdvicePdf.render("Cabinet Martin", "Léa Dupont",
                new AdviceForm(LocalDate.of(2026, 12, 1), "Programme d'hygiène de vie", body), "fr");
        try (var document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "a long text goes on");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Cabinet Martin"));
            assertTrue(text.contains("Le 1er décembre 2026"), text.substring(0, 200));
            assertTrue(text.contains("Programme d'hygiène de vie"));
            assertTrue(text.contains("Conseils pour Léa Dupont"));
            assertTrue(text.contains("éviter les excitants après 16 h — œufs, thé vert, café."));
            assertTrue(text.contains("marche 20 minutes par jour ?, ≥ 5 fruits et légumes → β-carotène."),
                    "written as typed; what the font cannot write (an emoji) is a question mark: " + text);
            assertTrue(text.contains("Page 1 / " + document.getNumberOfPages()));
            assertEquals("Programme d'hygiène de vie", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void render_shouldSpeakEnglishToAnEnglishClient() throws IOException {
        byte[] pdf = AdvicePdf.render("Cabinet Martin", "John Smith",
                new AdviceForm(LocalDate.of(2026, 12, 1), "Sleep", "Go to bed at ten."), "en");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Advice for John Smith"));
            assertTrue(text.contains("1 December 2026"), text);
            assertTrue(text.contains("Page 1 / 1"));
            assertFalse(text.contains("Conseils"));
        }
    }
}
