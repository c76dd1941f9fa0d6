package app.carnet.domain.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Days the practice is closed: holidays, training, illness. */
@Entity
@Table(name = "closure")
@NamedQuery(name = "Closure.findFrom", query = "SELECT c FROM Closure c WHERE c.lastDay >= :day ORDER BY c.firstDay")
class Closure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(length = 120)
    private String label;

    protected Closure() {
    }

    Closure(LocalDate firstDay, LocalDate lastDay, String label) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.label = label;
    }

    ClosedDays days() {
        return new ClosedDays(firstDay, lastDay);
    }

    ClosureView view() {
        return new ClosureView(id, firstDay, lastDay, label);
    }
}
