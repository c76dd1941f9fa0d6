package app.carnet.domain.advice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reusable text the practitioner starts advice from (a programme, a diet…); it names nobody. */
@Entity
@Table(name = "advice_template")
@NamedQuery(name = "AdviceTemplate.findAll", query = "SELECT t FROM AdviceTemplate t ORDER BY t.title, t.id")
class AdviceTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AdviceTemplate() {
    }

    AdviceTemplate(String title, String body, Instant now) {
        write(title, body, now);
    }

    void write(String newTitle, String newBody, Instant now) {
        this.title = newTitle;
        this.body = newBody;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    TemplateView view() {
        return new TemplateView(id, title, body);
    }
}
