package app.carnet.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.carnet.domain.health.MeasurementLine;
import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightChartTest {

    @Test
    void json_shouldPlotWeightsAndIndexesOnTheirDaysLeavingOutVoidedAndHeightOnlyMeasurements() {
        var lines = List.of(
                new MeasurementLine(1, LocalDate.of(2026, 1, 5), 170, null, null, null, null),
                new MeasurementLine(2, LocalDate.of(2026, 2, 5), null, new BigDecimal("72.5"), new BigDecimal("25.1"),
                        null, null),
                new MeasurementLine(3, LocalDate.of(2026, 3, 5), null, new BigDecimal("99"), new BigDecimal("34.3"),
                        Instant.EPOCH, "erreur de saisie"),
                new MeasurementLine(4, LocalDate.of(2026, 4, 5), null, new BigDecimal("70"), null, null, null));
        var chart = Json.createReader(new StringReader(WeightChart.json(lines, "Poids (kg)", "IMC", "fr-FR")))
                .readObject();
        assertEquals("line", chart.getString("type"));
        var data = chart.getJsonObject("data");
        long february = LocalDate.of(2026, 2, 5).toEpochDay();
        long april = LocalDate.of(2026, 4, 5).toEpochDay();
        assertEquals("[{\"x\":" + february + ",\"y\":72.5},{\"x\":" + april + ",\"y\":70}]",
                data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data").toString(), "spaced by their days");
        assertEquals("[{\"x\":" + february + ",\"y\":25.1}]",
                data.getJsonArray("datasets").getJsonObject(1).getJsonArray("data").toString());
        var scales = chart.getJsonObject("options").getJsonObject("scales");
        assertEquals("linear", scales.getJsonObject("x").getString("type"));
        assertEquals(february, scales.getJsonObject("x").getJsonNumber("min").longValue());
        assertEquals(april, scales.getJsonObject("x").getJsonNumber("max").longValue());
        assertEquals(66.25, scales.getJsonObject("y").getJsonNumber("suggestedMin").doubleValue(), 0.001,
                "10 kg around the weights at least: 2.5 kg is not a fall");
        assertEquals(76.25, scales.getJsonObject("y").getJsonNumber("suggestedMax").doubleValue(), 0.001);
        assertEquals("IMC", data.getJsonArray("datasets").getJsonObject(1).getString("label"));
        assertEquals("fr-FR", chart.getJsonObject("options").getString("locale"), "72,5 on a French page");
        assertEquals("Poids (kg)", chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y")
                .getJsonObject("title").getString("text"));
    }
}
