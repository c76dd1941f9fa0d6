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
    void json_shouldPlotWeightsAndIndexesByDayLeavingOutVoidedAndHeightOnlyMeasurements() {
        var lines = List.of(
                new MeasurementLine(1, LocalDate.of(2026, 1, 5), 170, null, null, null, null),
                new MeasurementLine(2, LocalDate.of(2026, 2, 5), null, new BigDecimal("72.5"), new BigDecimal("25.1"), null, null),
                new MeasurementLine(3, LocalDate.of(2026, 3, 5), null, new BigDecimal("99"), new BigDecimal("34.3"),
                        Instant.EPOCH, "erreur de saisie"),
                new MeasurementLine(4, LocalDate.of(2026, 4, 5), null, new BigDecimal("70"), null, null, null));
        var chart = Json.createReader(new StringReader(WeightChart.json(lines, "Poids (kg)", "IMC", "fr-FR"))).readObject();
        assertEquals("line", chart.getString("type"));
        var data = chart.getJsonObject("data");
        assertEquals("[\"05/02/2026\",\"05/04/2026\"]", data.getJsonArray("labels").toString());
        assertEquals("[72.5,70]", data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data").toString());
        assertEquals("[25.1,null]", data.getJsonArray("datasets").getJsonObject(1).getJsonArray("data").toString());
        assertEquals("IMC", data.getJsonArray("datasets").getJsonObject(1).getString("label"));
        assertEquals("fr-FR", chart.getJsonObject("options").getString("locale"), "72,5 on a French page");
        assertEquals("Poids (kg)", chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y")
                .getJsonObject("title").getString("text"));
    }
}
