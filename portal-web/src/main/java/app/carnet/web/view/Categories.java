package app.carnet.web.view;

import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.privacy.DataCategory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Whether the practice keeps a category of data, for pages that show or ask for its fields. */
@Named
@RequestScoped
public class Categories {

    @Inject
    PracticeService practice;

    private Boolean personalLife;

    public boolean isPersonalLife() {
        if (personalLife == null) {
            personalLife = practice.keeps(DataCategory.PERSONAL_LIFE);
        }
        return personalLife;
    }
}
