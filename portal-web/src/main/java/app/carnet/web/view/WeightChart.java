package app.carnet.web.view;

import app.carnet.domain.health.MeasurementLine;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Chart.js configuration of a client's weight and body-mass index over time, for PrimeFaces' {@code p:chart}
 * (Chart.js comes with PrimeFaces: nothing is loaded from another host). Voided measurements are left out.
 */
public final class WeightChart {

    private WeightChart() {
    }

    /**
     * @param weightLabel and {@code bmiLabel}: the legends and axis titles, in the page's language
     * @param locale the page's language tag, for the numbers on the axes (72,5 in French)
     */
    public static String json(List<MeasurementLine> measurements, String weightLabel, String bmiLabel, String locale) {
        JsonArrayBuilder weights = Json.createArrayBuilder();
        JsonArrayBuilder indexes = Json.createArrayBuilder();
        BigDecimal lightest = null;
        BigDecimal heaviest = null;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (MeasurementLine line : measurements) {
            if (line.voidedAt() != null || line.weightKg() == null) {
                continue;
            }
            long day = line.measuredOn().toEpochDay();
            first = Math.min(first, day);
            last = Math.max(last, day);
            weights.add(point(day, line.weightKg()));
            if (line.bmi() != null) {
                indexes.add(point(day, line.bmi()));
            }
            lightest = lightest == null || line.weightKg().compareTo(lightest) < 0 ? line.weightKg() : lightest;
            heaviest = heaviest == null || line.weightKg().compareTo(heaviest) > 0 ? line.weightKg() : heaviest;
        }
        var data = Json.createObjectBuilder().add("datasets", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", weightLabel).add("data", weights).add("yAxisID", "y")
                        .add("borderColor", "#1e5a66").add("backgroundColor", "#1e5a66").add("tension", 0.2))
                .add(Json.createObjectBuilder().add("label", bmiLabel).add("data", indexes).add("yAxisID", "y1")
                        .add("borderColor", "#d97706").add("backgroundColor", "#d97706").add("tension", 0.2)));
        // x: days, spaced as they are (the page's extender writes them as dates); the weight axis spans 10 kg at
        // least, so that a few hundred grams do not look like a fall; the BMI axis shows the usual range (18.5–25).
        var x = Json.createObjectBuilder().add("type", "linear");
        if (first <= last) {
            x.add("min", first).add("max", Math.max(last, first + 1));
        }
        var y = Json.createObjectBuilder().add("position", "left").add("title", title(weightLabel));
        if (lightest != null) {
            BigDecimal middle = lightest.add(heaviest).divide(BigDecimal.TWO);
            y.add("suggestedMin", middle.subtract(BigDecimal.valueOf(5))).add("suggestedMax",
                    middle.add(BigDecimal.valueOf(5)));
        }
        var options = Json.createObjectBuilder().add("animation", false).add("locale", locale).add("scales",
                Json.createObjectBuilder().add("x", x).add("y", y)
                        .add("y1", Json.createObjectBuilder().add("position", "right").add("title", title(bmiLabel))
                                .add("suggestedMin", 15).add("suggestedMax", 35)
                                .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))));
        return Json.createObjectBuilder().add("type", "line").add("data", data).add("options", options).build()
                .toString();
    }

    private static jakarta.json.JsonObjectBuilder point(long day, BigDecimal value) {
        return Json.createObjectBuilder().add("x", day).add("y", value);
    }

    private static jakarta.json.JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }
}
