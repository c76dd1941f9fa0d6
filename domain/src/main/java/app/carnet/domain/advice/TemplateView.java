package app.carnet.domain.advice;

/** An advice template. */
public record TemplateView(long id, String title, String body) {
}
