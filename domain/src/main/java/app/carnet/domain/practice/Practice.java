package app.carnet.domain.practice;

import app.carnet.domain.privacy.DataCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The practice itself: there is exactly one, created by the first-start setup. */
@Entity
@Table(name = "practice")
@NamedQuery(name = "Practice.findAll", query = "SELECT p FROM Practice p ORDER BY p.id")
class Practice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 120)
    private String profession;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Whether the practice keeps the personal life of its clients (interests, marital status, free notes). */
    @Column(name = "personal_life_kept", nullable = false)
    private boolean personalLifeKept = true;

    protected Practice() {
    }

    Practice(String name, String profession, Instant createdAt) {
        this.name = name;
        this.profession = profession;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getProfession() {
        return profession;
    }

    boolean keeps(DataCategory category) {
        return category != DataCategory.PERSONAL_LIFE || personalLifeKept;
    }

    void keep(DataCategory category, boolean kept) {
        if (category != DataCategory.PERSONAL_LIFE) {
            throw new IllegalArgumentException("Not an optional category: " + category);
        }
        personalLifeKept = kept;
    }
}
