package app.carnet.domain.demo;

import app.carnet.domain.advice.AdviceForm;
import app.carnet.domain.advice.AdviceService;
import app.carnet.domain.booking.AgendaService;
import app.carnet.domain.booking.BookingSettingsService;
import app.carnet.domain.booking.Location;
import app.carnet.domain.booking.OfferingForm;
import app.carnet.domain.client.ClientContact;
import app.carnet.domain.client.ClientFile;
import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientSource;
import app.carnet.domain.client.Clients;
import app.carnet.domain.client.MaritalStatus;
import app.carnet.domain.client.NewClient;
import app.carnet.domain.consultation.ConsultationForm;
import app.carnet.domain.consultation.ConsultationService;
import app.carnet.domain.exchange.Channel;
import app.carnet.domain.exchange.ExchangeService;
import app.carnet.domain.exchange.NewIncoming;
import app.carnet.domain.health.AnamnesisKind;
import app.carnet.domain.health.HealthService;
import app.carnet.domain.health.NewAnamnesisEntry;
import app.carnet.domain.health.NewMeasurement;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.practice.SetupCommand;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.Money;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demonstration dataset ({@code CARNET_DEMO=true}): a practice and clients that are all fictitious (names of
 * the « Exemple » family, addresses at {@code exemple.test}, which no mail server serves), written through the same
 * services as a practitioner's work, so that they are sealed, indexed and journaled like real files. Never on a
 * database that holds a practice already: the practice is made only on an empty database, and the clients only
 * while the practice has none.
 */
@Stateless
@RolesAllowed("OWNER")
public class DemoData {

    /** The demonstration owner's login, given in the README. */
    public static final String OWNER_EMAIL = "demo@exemple.test";
    public static final String OWNER_PASSWORD = "carnet de démonstration";
    static final String PRACTICE_NAME = "Cabinet de démonstration (données fictives)";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private record Person(String lastName, String firstName, String language, LocalDate birthDate, String city,
            String postalCode, MaritalStatus maritalStatus, String interests, String referredBy, int heightCm,
            double weightKg, String reason, String history, String treatment, String allergy) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Exemple", "Camille", "fr", LocalDate.of(1984, 3, 12), "Lyon", "69003", MaritalStatus.MARRIED,
                    "Randonnée, jardinage", null, 168, 71.5, "Troubles du sommeil", "Appendicectomie (2002)",
                    "Aucun", "Pollen de bouleau"),
            new Person("Exemple", "Hugo", "fr", LocalDate.of(1979, 11, 2), "Villeurbanne", "69100",
                    MaritalStatus.MARRIED,
                    "Course à pied", "Camille Exemple", 181, 84.0, "Fatigue persistante",
                    "Entorse de la cheville (2019)",
                    "Vitamine D l'hiver", null),
            new Person("Fictif", "Léa", "fr", LocalDate.of(1992, 6, 21), "Paris", "75011", MaritalStatus.SINGLE,
                    "Danse, lecture", null, 163, 58.0, "Digestion difficile", null, "Aucun", "Lactose"),
            new Person("Fictif", "Marius", "fr", LocalDate.of(1958, 1, 30), "Marseille", "13006", MaritalStatus.WIDOWED,
                    "Pétanque, photographie", "Dr Imaginaire, généraliste", 175, 88.5, "Douleurs articulaires",
                    "Hypertension traitée depuis 2015", "Un antihypertenseur le matin", null),
            new Person("Démo", "Inès", "fr", LocalDate.of(2001, 9, 8), "Toulouse", "31000", MaritalStatus.SINGLE,
                    "Escalade", null, 170, 60.5, "Stress des examens", null, null, "Arachides"),
            new Person("Démo", "Yanis", "fr", LocalDate.of(1988, 4, 17), "Nantes", "44000", MaritalStatus.CIVIL_UNION,
                    "Cuisine, vélo", null, 178, 79.0, "Reflux", "Migraines", "Aucun", null),
            new Person("Essai", "Margaux", "fr", LocalDate.of(1975, 12, 3), "Bordeaux", "33000", MaritalStatus.DIVORCED,
                    "Yoga", "Léa Fictif", 165, 66.0, "Ménopause", "Deux grossesses", "Aucun", null),
            new Person("Essai", "Théo", "fr", LocalDate.of(1996, 7, 14), "Lille", "59000", MaritalStatus.COHABITING,
                    "Jeux de société", null, 185, 92.5, "Perte de poids", null, null, null),
            new Person("Sample", "Oliver", "en", LocalDate.of(1982, 2, 25), "Annecy", "74000", MaritalStatus.MARRIED,
                    "Sailing", null, 183, 80.0, "Back pain", "Fractured wrist (2010)", "None", "Penicillin"),
            new Person("Modèle", "Rose", "fr", LocalDate.of(1969, 10, 9), "Strasbourg", "67000",
                    MaritalStatus.SEPARATED,
                    "Chorale, couture", null, 160, 63.5, "Bouffées de chaleur", null, "Aucun", null),
            new Person("Modèle", "Jules", "fr", LocalDate.of(2005, 5, 5), "Rennes", "35000", MaritalStatus.SINGLE,
                    "Football", "Rose Modèle", 176, 67.0, "Acné", null, null, null),
            new Person("Supposé", "Alice", "fr", LocalDate.of(1990, 8, 19), "Nice", "06000", MaritalStatus.MARRIED,
                    "Natation", null, 167, 61.0, "Préparation à la grossesse", null, "Acide folique", null));

    private static final int BATCH = 200;
    private static final String SLEEP = "Hygiène du sommeil";
    private static final String SLEEP_ADVICE = """
            Se coucher et se lever à heures fixes, même le week-end.
            Pas d'écran dans l'heure qui précède le coucher.
            Une tisane de tilleul ou de verveine le soir.
            Une chambre fraîche (18 °C), sombre et calme.""";
    private static final String FOOD = "Alimentation au quotidien";
    private static final String FOOD_ADVICE = """
            Trois repas à heures régulières, sans grignotage.
            Des légumes à chaque repas, des fruits entiers plutôt qu'en jus.
            1,5 litre d'eau par jour.
            Limiter les produits transformés et le sucre ajouté.""";

    @Inject
    PracticeService practice;
    @Inject
    ClientService clients;
    @Inject
    Clients contacts;
    @Inject
    HealthService health;
    @Inject
    ConsultationService consultations;
    @Inject
    AdviceService advice;
    @Inject
    ExchangeService exchanges;
    @Inject
    BookingSettingsService booking;
    @Inject
    AgendaService agenda;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "carnet.setup.code")
    Optional<String> setupCode;
    @Inject
    @ConfigProperty(name = "carnet.base-url")
    String baseUrl;
    /** How many client files in all: the 12 detailed ones, then simpler ones (a load test's 10,000). */
    @Inject
    @ConfigProperty(name = "carnet.demo.clients", defaultValue = "12")
    int size;
    @Inject
    @Any
    Instance<DemoSeeder> seeders;
    @Resource
    SessionContext context;

    /** On an empty database, the demonstration practice and its owner (who sets up the second factor at login). */
    @PermitAll
    public void setUpPractice() {
        if (practice.isSetUp()) {
            return;
        }
        if (setupCode.isEmpty()) {
            LOG.warning("Demonstration mode needs CARNET_SETUP_CODE (./mvnw -Prun -Dcarnet.demo=true sets it)");
            return;
        }
        if (!isLocal(baseUrl)) {
            LOG.severe("Demonstration mode refused: its owner's password is public, and " + baseUrl
                    + " is not this computer (localhost). Set up the practice from the setup page instead.");
            return;
        }
        practice.setUp(new SetupCommand(setupCode.get(), PRACTICE_NAME, "Naturopathe",
                "Dominique", "Exemple", OWNER_EMAIL, OWNER_PASSWORD, OWNER_PASSWORD));
        LOG.info("Demonstration practice created: log in as " + OWNER_EMAIL + " (see the README)");
    }

    /** Whether this is the demonstration practice: a real one never gets fictitious clients, nor the notice. */
    @PermitAll
    public boolean isDemonstration() {
        return practice.find().filter(p -> PRACTICE_NAME.equals(p.name())).isPresent();
    }

    /**
     * Writes the fictitious clients, as the owner, while the demonstration practice has none; then, at every start,
     * lets each module's {@link DemoSeeder} add what it lacks.
     *
     * @return how many client files were written (0 when the practice had clients already)
     */
    @RolesAllowed("OWNER")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int loadIfEmpty() {
        if (!isDemonstration()) {
            return 0;
        }
        var self = context.getBusinessObject(DemoData.class); // each part in a transaction of its own
        int written = 0;
        if (clients.count() == 0) {
            self.writeDetailed();
            for (int from = PEOPLE.size(); from < size; from += BATCH) {
                self.writeSimple(from, Math.min(size, from + BATCH));
            }
            written = Math.max(size, PEOPLE.size());
            int files = written;
            LOG.info(() -> "Demonstration data written: " + files + " fictitious client files");
        }
        // At every start, so that a module added to an existing demonstration gets its part too (each seeder writes
        // only what it lacks); a @Dependent seeder is destroyed once done.
        if (seeders.isUnsatisfied()) {
            return written;
        }
        List<Long> detailed = self.detailedClients();
        var handles = seeders.handlesStream().sorted(Comparator.comparing(Instance.Handle::get, SEEDING_ORDER))
                .toList();
        for (var handle : handles) {
            try (handle) {
                self.seed(handle.get(), detailed);
            }
        }
        return written;
    }

    /** The templates and the detailed client files (health, consultations, advice, exchanges). */
    @RolesAllowed("OWNER")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void writeDetailed() {
        LocalDate today = Dates.today(clock);
        advice.saveTemplate(null, SLEEP, SLEEP_ADVICE);
        advice.saveTemplate(null, FOOD, FOOD_ADVICE);
        booking.saveOffering(null, new OfferingForm("Bilan de vitalité",
                "Première consultation : votre histoire, vos habitudes de vie et vos objectifs.", 90, 15,
                Money.ofCents(70_00), true, Location.PRACTICE, "10 rue des Exemples, 69000 Lyon"));
        long followUp = booking.saveOffering(null, new OfferingForm("Consultation de suivi",
                "Le point sur les conseils et leur mise en œuvre.", 60, 0, Money.ofCents(55_00), true,
                Location.VIDEO, null));
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        for (int i = 0; i < PEOPLE.size(); i++) {
            long id = write(PEOPLE.get(i), i, today);
            if (i % 3 == 1) { // follow-ups next week, in the usual opening hours
                agenda.book(id, followUp, nextMonday.plusDays(i % 5).atTime(14 + i % 4, 0));
            }
        }
    }

    /** The detailed client files that are still there, in the order they were written, found by their addresses. */
    @RolesAllowed("OWNER")
    public List<Long> detailedClients() {
        return PEOPLE.stream().flatMap(p -> contacts.byEmail(email(p)).stream()).map(ClientContact::id).toList();
    }

    /** A module's part of the dataset, after the domain's, in a transaction of its own. */
    @RolesAllowed("OWNER")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seed(DemoSeeder seeder, List<Long> clientIds) {
        seeder.seed(clientIds);
    }

    /**
     * The seeders by {@link DemoSeeder#order()}, then by class name (a container's proxy is named after its bean's
     * class), so that every start seeds alike.
     */
    static final Comparator<DemoSeeder> SEEDING_ORDER = Comparator.comparingInt(DemoSeeder::order)
            .thenComparing(seeder -> seeder.getClass().getName());

    /** Client files {@code from} to {@code to} (excluded) of a large dataset: identity and a phone, each batch committed. */
    @RolesAllowed("OWNER")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void writeSimple(int from, int to) {
        for (int n = from; n < to; n++) {
            String last = name(n, 3);
            String first = name(n / 7 + 11, 2);
            LocalDate birth = LocalDate.of(1940 + n % 65, 1 + n % 12, 1 + n % 28);
            long id = clients.create(new NewClient(last, first, "client" + n + "@exemple.test", birth, "fr"));
            clients.update(id,
                    new ClientFile(last, first, null, birth, "client" + n + "@exemple.test", "fr", null, null,
                            null,
                            String.format("06 %02d %02d %02d %02d", n / 1_000_000 % 100, n / 10_000 % 100,
                                    n / 100 % 100,
                                    n % 100),
                            null, null, null, ClientSource.PRACTICE, null, null));
        }
    }

    /** A pronounceable, clearly invented name made of syllables ("Balomi"), different for each number. */
    public static String name(int n, int syllables) {
        String[] parts = {"ba", "lo", "mi", "ru", "té", "sa", "no", "vi", "ca", "dé", "fo", "ga", "ji", "ké", "pa",
            "zo"};
        var name = new StringBuilder();
        for (int i = 0, rest = n; i < syllables; i++, rest /= parts.length) {
            name.append(parts[(rest + i * 5) % parts.length]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private long write(Person p, int i, LocalDate today) {
        String email = email(p);
        long id = clients.create(new NewClient(p.lastName(), p.firstName(), email, p.birthDate(), p.language()));
        clients.update(id, new ClientFile(p.lastName(), p.firstName(), i % 5 == 3 ? "732829320" : null, p.birthDate(),
                email, p.language(), (10 + i) + " rue des Exemples", p.postalCode(), p.city(),
                "07 00 00 00 " + String.format("%02d", 10 + i), null, p.interests(), p.maritalStatus(),
                p.referredBy() == null ? ClientSource.PRACTICE : ClientSource.REFERRAL,
                p.referredBy() == null ? null : "Recommandé(e) par " + p.referredBy(),
                "Client(e) fictif(ve) du jeu de démonstration."));

        LocalDate first = today.minusMonths(10 - i % 6).minusDays(i);
        note(id, AnamnesisKind.MEDICAL_HISTORY, p.history(), first);
        note(id, AnamnesisKind.TREATMENT, p.treatment(), first);
        note(id, AnamnesisKind.ALLERGY, p.allergy(), first);
        for (int visit = 0; visit < 2 + i % 3; visit++) {
            LocalDate day = first.plusWeeks(6L * visit);
            if (day.isAfter(today)) {
                break;
            }
            var weight = BigDecimal.valueOf(p.weightKg())
                    .subtract(BigDecimal.valueOf(visit * (i % 2 == 0 ? 0.8 : -0.3)))
                    .setScale(1, RoundingMode.HALF_UP);
            health.measure(id, new NewMeasurement(day, visit == 0 ? Integer.toString(p.heightCm()) : null,
                    weight.toPlainString().replace('.', ',')));
            consultations.save(id, null, new ConsultationForm(day, visit == 0 ? p.reason() : "Suivi : " + p.reason(),
                    "Séance " + (visit + 1) + " : bilan et échanges sur le quotidien (notes fictives).",
                    "Revoir dans six semaines.", visit == 0 ? "Merci pour cette première séance. Nous avons parlé de "
                            + p.reason().toLowerCase(Locale.ROOT) + " ; à bientôt." : null));
        }
        if (i % 2 == 0) {
            long written = advice.save(id, null, new AdviceForm(first, SLEEP, SLEEP_ADVICE));
            advice.share(written);
        }
        if (i % 3 == 0) {
            exchanges.log(id, new NewIncoming(first.plusDays(2), "10:15", Channel.CALL,
                    "Demande à déplacer la prochaine séance.", "Rappeler pour proposer un créneau"));
            exchanges.reply(id, "Bonjour " + p.firstName() + ", voici un petit rappel : pensez à noter votre sommeil "
                    + "chaque matin cette semaine. (Message fictif)");
        }
        if (i == PEOPLE.size() - 1) {
            clients.end(id, today);
        }
        return id;
    }

    /** Whether Carnet answers on this computer only: the demonstration's public password opens nothing else. */
    static boolean isLocal(String baseUrl) {
        String host = java.net.URI.create(baseUrl).getHost();
        return "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
    }

    private void note(long clientId, AnamnesisKind kind, String text, LocalDate day) {
        if (text != null) {
            health.note(clientId, new NewAnamnesisEntry(kind, text, day));
        }
    }

    private static String email(Person p) {
        return (ascii(p.firstName()) + "." + ascii(p.lastName()) + "@exemple.test").toLowerCase(Locale.ROOT);
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z]", "");
    }
}
