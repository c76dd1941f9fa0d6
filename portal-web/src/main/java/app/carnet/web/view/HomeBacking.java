package app.carnet.web.view;

import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.practice.PracticeView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** {@code /index.xhtml}: the practice's front door; before the first setup, the setup page. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    PracticeService practice;

    private Optional<PracticeView> current = Optional.empty();

    public String load() {
        current = practice.find();
        return current.isPresent() ? null : "/installation.xhtml?faces-redirect=true";
    }

    public String getPracticeName() {
        return current.map(PracticeView::name).orElse("");
    }

    public String getProfession() {
        return current.map(PracticeView::profession).orElse("");
    }
}
