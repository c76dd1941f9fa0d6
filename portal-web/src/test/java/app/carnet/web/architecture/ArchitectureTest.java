package app.carnet.web.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import app.carnet.domain.mail.Outbox;
import app.carnet.domain.privacy.PersonalDataHolder;
import app.carnet.domain.staff.StaffCredentials;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of house-style.md, checked on every module's production classes. */
class ArchitectureTest {

    private static JavaClasses carnet;

    @BeforeAll
    static void importClasses() {
        carnet = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.carnet");
    }

    @Test
    void domain_shouldDependOnNoOtherModule() {
        noClasses().that().resideInAPackage("app.carnet.domain..").should().dependOnClassesThat()
                .resideInAnyPackage("app.carnet.billing..", "app.carnet.rights..", "app.carnet.web..").check(carnet);
    }

    @Test
    void billingAndRights_shouldDependOnDomainOnly() {
        noClasses().that().resideInAPackage("app.carnet.billing..").should().dependOnClassesThat()
                .resideInAnyPackage("app.carnet.rights..", "app.carnet.web..").allowEmptyShould(true).check(carnet);
        noClasses().that().resideInAPackage("app.carnet.rights..").should().dependOnClassesThat()
                .resideInAnyPackage("app.carnet.billing..", "app.carnet.web..").allowEmptyShould(true).check(carnet);
    }

    @Test
    void components_shouldHaveNoCycles() {
        slices().matching("app.carnet.(*).(*)..").should().beFreeOfCycles().check(carnet);
    }

    /** The cycle rule sees a module's every class only when each lies in a component package (module.component). */
    static final ArchRule EVERY_CLASS_IN_A_COMPONENT = classes().that().doNotHaveSimpleName("package-info")
            .should().resideInAPackage("app.carnet.*.*..")
            .because("a class at a module's root escapes the cycle rule between components");

    @Test
    void everyClass_shouldLieInAComponentPackage() {
        EVERY_CLASS_IN_A_COMPONENT.check(carnet);
    }

    /** Billing, rights and the web reach the domain through its services, records and events, never its internals. */
    static ArchRule noDomainInternalsIn(String... packages) {
        DescribedPredicate<JavaClass> entity = annotatedWith(Entity.class).forSubtype();
        return noClasses().that().resideInAnyPackage(packages).should().dependOnClassesThat(
                resideInAPackage("app.carnet.domain..").and(entity.or(simpleNameEndingWith("Repository"))))
                .allowEmptyShould(true);
    }

    @Test
    void otherModules_shouldNotTouchDomainEntitiesOrRepositories() {
        noDomainInternalsIn("app.carnet.billing..", "app.carnet.rights..", "app.carnet.web..").check(carnet);
    }

    /**
     * A component's entities and repositories are its own: another component asks its published services
     * ({@code client.Clients}, {@code staff.StaffDirectory}…), so that a table can change behind them.
     */
    static final ArchRule ENTITIES_AND_REPOSITORIES_STAY_HOME = classes().that().resideInAPackage("app.carnet..")
            .should(new ArchCondition<JavaClass>("use only the entities and repositories of their own package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass().getBaseComponentType();
                        boolean internal = target.getPackageName().startsWith("app.carnet.")
                                && (target.isAnnotatedWith(Entity.class)
                                        || target.getSimpleName().endsWith("Repository"));
                        if (internal && !target.getPackageName().equals(origin.getPackageName())) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    @Test
    void entitiesAndRepositories_shouldBeUsedInTheirOwnPackageOnly() {
        ENTITIES_AND_REPOSITORIES_STAY_HOME.check(carnet);
    }

    /** A member's password hash serves signing in and the first set-up, nothing else (not the web, nor billing). */
    @Test
    void staffCredentials_shouldServeAccountsAndSetUpOnly() {
        noClasses().that().resideOutsideOfPackages("app.carnet.domain.account", "app.carnet.domain.practice",
                "app.carnet.domain.staff").should().dependOnClassesThat()
                .belongToAnyOf(StaffCredentials.class).check(carnet);
    }

    @Test
    void entityManager_shouldOnlyBeUsedByRepositories() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository").should().dependOnClassesThat()
                .areAssignableTo(EntityManager.class).check(carnet);
    }

    @Test
    void faces_shouldStayInTheWebModule() {
        noClasses().that().resideOutsideOfPackage("app.carnet.web..").should().dependOnClassesThat()
                .resideInAPackage("jakarta.faces..").check(carnet);
    }

    @Test
    void otherModules_shouldReferToDomainRecordsById() {
        noFields().that().areDeclaredInClassesThat().resideInAnyPackage("app.carnet.billing..", "app.carnet.rights..")
                .should().haveRawType(resideInAPackage("app.carnet.domain..").and(annotatedWith(Entity.class)))
                .allowEmptyShould(true).check(carnet);
    }

    @Test
    void boundaries_shouldDeclareWhoMayCallThem() {
        classes().that().areAnnotatedWith(Stateless.class).or().areAnnotatedWith(Singleton.class)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .check(carnet);
    }

    /**
     * Erasing and exporting a client's data is the rights module's job (house style, rule 7): only it reaches the
     * holders, and only the holders reach the outbox's erasure and export of a client's emails.
     */
    @Test
    void personalDataHolders_shouldBeDrivenByTheRightsModuleOnly() {
        noClasses().that().resideOutsideOfPackage("app.carnet.rights..").should().callMethodWhere(
                JavaCall.Predicates.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(
                        PersonalDataHolder.class))).and(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
                                "erase|export"))))
                .check(carnet);
        noClasses().that().doNotImplement(PersonalDataHolder.class).should().callMethod(Outbox.class, "forget",
                long.class, String.class).orShould().callMethod(Outbox.class, "writtenTo", long.class, String.class)
                .check(carnet);
    }
}
