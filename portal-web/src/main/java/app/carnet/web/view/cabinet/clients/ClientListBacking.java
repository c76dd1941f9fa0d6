package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.client.ClientPage;
import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientSummary;
import app.carnet.domain.shared.BusinessException;
import app.carnet.web.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /cabinet/clients/index.xhtml}: the files the caller may see, a page at a time, newest first; or those a
 * search finds (email, phone, start of a name).
 */
@Named
@ViewScoped
public class ClientListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientService clients;

    private String search;
    private boolean withEnded;
    /** The search the table shows, once accepted. */
    private String applied = "";

    private final LazyDataModel<ClientSummary> lines = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) clients.find(applied, withEnded, 0, 1).total();
        }

        @Override
        public List<ClientSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            ClientPage page = clients.find(applied, withEnded, first, pageSize);
            setRowCount((int) page.total());
            return page.lines();
        }

        @Override
        public String getRowKey(ClientSummary line) {
            return Long.toString(line.id());
        }
    };

    public void apply() {
        String typed = search == null ? "" : search.strip();
        try {
            clients.find(typed, withEnded, 0, 1);
            applied = typed;
        } catch (BusinessException e) {
            Messages.show(e);
        }
    }

    public boolean isSearching() {
        return !applied.isEmpty();
    }

    public LazyDataModel<ClientSummary> getLines() {
        return lines;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isWithEnded() {
        return withEnded;
    }

    public void setWithEnded(boolean withEnded) {
        this.withEnded = withEnded;
    }
}
