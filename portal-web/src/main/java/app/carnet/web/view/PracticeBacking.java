package app.carnet.web.view;

import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.practice.PracticeView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The practice's name in the header of every page (empty before the first setup). */
@Named
@RequestScoped
public class PracticeBacking {

    @Inject
    PracticeService practice;

    private String name;

    @PostConstruct
    void load() {
        name = practice.find().map(PracticeView::name).orElse("");
    }

    public String getName() {
        return name;
    }
}
