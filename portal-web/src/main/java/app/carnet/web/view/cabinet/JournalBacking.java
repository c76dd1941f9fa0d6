package app.carnet.web.view.cabinet;

import app.carnet.domain.journal.JournalFilter;
import app.carnet.domain.journal.JournalLine;
import app.carnet.domain.journal.JournalService;
import app.carnet.domain.shared.Dates;
import app.carnet.web.view.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code /cabinet/journal.xhtml}: the access journal, newest first, by client and period; its verification. */
@Named
@ViewScoped
public class JournalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JournalService journal;

    private Long client;
    private LocalDate from;
    private LocalDate until;
    private JournalFilter filter = JournalFilter.all();

    private final LazyDataModel<JournalLine> lines = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) journal.count(filter);
        }

        @Override
        public List<JournalLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return journal.search(filter, first, pageSize);
        }

        @Override
        public String getRowKey(JournalLine line) {
            return Long.toString(line.seq());
        }
    };

    /** From the view parameters: a client's file links here with {@code ?client=…}. */
    public void load() {
        apply();
    }

    /** The filter of the dates typed (Faces refused a bad one at its field: the journal shown stays as it was). */
    public void apply() {
        filter = new JournalFilter(client, null, startOf(from), startOf(until == null ? null : until.plusDays(1)));
    }

    public void verify() {
        var report = journal.verify();
        var context = FacesContext.getCurrentInstance();
        if (report.intact()) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text("journal.verify.intact", report.entries(), report.head()), null));
        } else {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("journal.verify.broken", report.brokenAt()), null));
        }
    }

    private static Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(Dates.PARIS).toInstant();
    }

    public LazyDataModel<JournalLine> getLines() {
        return lines;
    }

    public Long getClient() {
        return client;
    }

    public void setClient(Long client) {
        this.client = client;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
