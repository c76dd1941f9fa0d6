package app.carnet.web.view.cabinet;

import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.privacy.DataCategory;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /cabinet/parametres.xhtml}: the optional categories of data the practice keeps. */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PracticeService practice;

    private boolean personalLife;

    @PostConstruct
    void load() {
        personalLife = practice.keeps(DataCategory.PERSONAL_LIFE);
    }

    /** Stops keeping personal life: erases it from every file (the page asked for confirmation first). */
    public void dropPersonalLife() {
        practice.keep(DataCategory.PERSONAL_LIFE, false);
        personalLife = false;
        Messages.info("settings.personalLife.dropped");
    }

    public void keepPersonalLife() {
        practice.keep(DataCategory.PERSONAL_LIFE, true);
        personalLife = true;
        Messages.info("settings.personalLife.kept");
    }

    public boolean isPersonalLife() {
        return personalLife;
    }
}
