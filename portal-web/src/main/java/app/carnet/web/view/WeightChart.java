package app.carnet.web.view;

import app.carnet.domain.health.MeasurementLine;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The Chart.js configuration of a client's weight and body-mass index over time, for PrimeFaces' {@code p:chart}
 * (Chart.js comes with PrimeFaces: nothing is loaded from another host). Voided measurements are left out.
 */
public final class WeightChart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private WeightChart() {
    }

    /**
     * @param weightLabel and {@code bmiLabel}: the legends and axis titles, in the page's language
     * @param locale the page's language tag, for the numbers on the axes (72,5 in French)
     */
    public static String json(List<MeasurementLine> measurements, String weightLabel, String bmiLabel, String locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder weights = Json.createArrayBuilder();
        JsonArrayBuilder indexes = Json.createArrayBuilder();
        for (MeasurementLine line : measurements) {
            if (line.voidedAt() != null || line.weightKg() == null) {
                continue;
            }
            labels.add(DAY.format(line.measuredOn()));
            weights.add(line.weightKg());
            addOrNull(indexes, line.bmi());
        }
        var data = Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", weightLabel).add("data", weights).add("yAxisID", "y")
                        .add("borderColor", "#1e5a66").add("backgroundColor", "#1e5a66").add("tension", 0.2))
                .add(Json.createObjectBuilder().add("label", bmiLabel).add("data", indexes).add("yAxisID", "y1")
                        .add("borderColor", "#d97706").add("backgroundColor", "#d97706").add("tension", 0.2)));
        // The BMI axis shows the usual range (18.5–25 is "normal"), so that its line does not lie on the weight's.
        var options = Json.createObjectBuilder().add("animation", false).add("locale", locale).add("scales",
                Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("position", "left").add("title", title(weightLabel)))
                        .add("y1", Json.createObjectBuilder().add("position", "right").add("title", title(bmiLabel))
                                .add("suggestedMin", 15).add("suggestedMax", 35)
                                .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))));
        return Json.createObjectBuilder().add("type", "line").add("data", data).add("options", options).build()
                .toString();
    }

    private static jakarta.json.JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }

    private static void addOrNull(JsonArrayBuilder array, BigDecimal value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(value);
        }
    }
}
