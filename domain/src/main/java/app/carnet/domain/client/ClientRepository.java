package app.carnet.domain.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ClientRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Client> findById(long id) {
        return Optional.ofNullable(em.find(Client.class, id));
    }

    public Optional<Client> findByEmail(String email) {
        return em.createNamedQuery("Client.findByEmail", Client.class).setParameter("email", email)
                .getResultStream().findFirst();
    }

    List<Client> findAll() {
        return em.createNamedQuery("Client.findAll", Client.class).getResultList();
    }

    void save(Client client) {
        em.persist(client);
        em.flush();
    }
}
