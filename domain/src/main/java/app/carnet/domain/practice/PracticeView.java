package app.carnet.domain.practice;

public record PracticeView(String name, String profession) {
}
