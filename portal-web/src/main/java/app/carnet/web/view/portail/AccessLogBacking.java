package app.carnet.web.view.portail;

import app.carnet.domain.journal.JournalLine;
import app.carnet.domain.journal.JournalService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code /portail/acces.xhtml}: who accessed the client's own file, when and why. */
@Named
@ViewScoped
public class AccessLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JournalService journal;

    private final LazyDataModel<JournalLine> lines = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) journal.myFileCount();
        }

        @Override
        public List<JournalLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return journal.myFile(first, pageSize);
        }

        @Override
        public String getRowKey(JournalLine line) {
            return Long.toString(line.seq());
        }
    };

    public LazyDataModel<JournalLine> getLines() {
        return lines;
    }
}
