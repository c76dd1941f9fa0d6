package app.carnet.rights.data;

import app.carnet.domain.client.ClientView;
import app.carnet.domain.consultation.AttachmentView;
import app.carnet.domain.consultation.ConsultationData;
import app.carnet.domain.consultation.ConsultationView;
import app.carnet.domain.health.MeasurementLine;
import app.carnet.domain.privacy.ClientExport.Section;
import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The health part of an archive as a FHIR R4 {@code collection} Bundle ({@code sante.fhir.json}), for another health
 * service to import: the Patient (identity and contact), an Observation per measured weight (LOINC 29463-7, kg),
 * body height (8302-2, cm) and body-mass index (39156-5, kg/m2), each with the vital-signs profile and UCUM units; in
 * the access archive, an Encounter per consultation and a DocumentReference per attachment (pointing at its file in
 * the archive). Only what the archive's sections hold is written: the portability archive has no BMI (computed) and
 * no consultation (written by the practitioner).
 */
final class HealthFhir {

    static final String FILE = "sante.fhir.json";
    private static final String LOINC = "http://loinc.org";
    private static final String UCUM = "http://unitsofmeasure.org";
    private static final String PROFILE = "http://hl7.org/fhir/StructureDefinition/";

    private HealthFhir() {
    }

    /** Whether there is anything to write: the archive holds the client's file. */
    static boolean applies(Map<String, Section> sections) {
        var file = sections.get("file");
        return file != null && file.records().getFirst() instanceof ClientView;
    }

    static void write(Map<String, Section> sections, Instant exportedAt, Writer out) {
        try {
            FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true)
                    .encodeResourceToWriter(bundle(sections, exportedAt), out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Bundle bundle(Map<String, Section> sections, Instant exportedAt) {
        Section file = sections.get("file");
        if (file == null || !(file.records().getFirst() instanceof ClientView client)) {
            throw new IllegalArgumentException("No client file to write");
        }
        var bundle = new Bundle().setType(Bundle.BundleType.COLLECTION).setTimestamp(Date.from(exportedAt));
        Reference patient = add(bundle, "patient:" + client.id(), patient(client, file));
        Section measurements = sections.get("measurements");
        if (measurements != null) {
            for (Object record : measurements.records()) {
                if (record instanceof MeasurementLine m) {
                    observations(bundle, patient, m, measurements);
                }
            }
        }
        Section consultations = sections.get("consultations");
        if (consultations != null) {
            for (Object record : consultations.records()) {
                if (record instanceof ConsultationView c) {
                    Reference encounter = add(bundle, "consultation:" + c.id(), encounter(patient, c));
                    for (AttachmentView a : c.attachments()) {
                        add(bundle, "attachment:" + a.id(), document(patient, encounter, a));
                    }
                }
            }
        }
        return bundle;
    }

    /** Adds a resource under a stable {@code urn:uuid} (the same for the same record in every archive). */
    private static Reference add(Bundle bundle, String key, Resource resource) {
        String url = "urn:uuid:" + UUID.nameUUIDFromBytes(("carnet:" + key).getBytes(StandardCharsets.UTF_8));
        bundle.addEntry().setFullUrl(url).setResource(resource);
        return new Reference(url);
    }

    private static Patient patient(ClientView client, Section section) {
        var file = client.file();
        var patient = new Patient();
        patient.addName().setFamily(file.lastName()).addGiven(file.firstName());
        if (file.birthDate() != null && section.holds("file.birthDate")) {
            patient.setBirthDateElement(new DateType(file.birthDate().toString()));
        }
        if (file.email() != null && section.holds("file.email")) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(file.email());
        }
        if (file.mobilePhone() != null && section.holds("file.mobilePhone")) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE)
                    .setUse(ContactPoint.ContactPointUse.MOBILE).setValue(file.mobilePhone());
        }
        if (file.otherPhone() != null && section.holds("file.otherPhone")) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(file.otherPhone());
        }
        if ((file.address() != null || file.city() != null) && section.holds("file.address")) {
            var address = new Address().setPostalCode(file.postalCode()).setCity(file.city()).setCountry("FR");
            if (file.address() != null) {
                address.addLine(file.address());
            }
            patient.addAddress(address);
        }
        if (file.language() != null && section.holds("file.language")) {
            patient.addCommunication().setPreferred(true).setLanguage(new CodeableConcept(
                    new Coding("urn:ietf:bcp:47", file.language(), null)));
        }
        return patient;
    }

    private static void observations(Bundle bundle, Reference patient, MeasurementLine m, Section section) {
        if (m.weightKg() != null && section.holds("weightKg")) {
            add(bundle, "weight:" + m.id(), observation(patient, m, "bodyweight", "29463-7", "Body weight",
                    m.weightKg(), "kg"));
        }
        if (m.heightCm() != null && section.holds("heightCm")) {
            add(bundle, "height:" + m.id(), observation(patient, m, "bodyheight", "8302-2", "Body height",
                    BigDecimal.valueOf(m.heightCm()), "cm"));
        }
        if (m.bmi() != null && section.holds("bmi")) {
            add(bundle, "bmi:" + m.id(), observation(patient, m, "bmi", "39156-5", "Body mass index (BMI) [Ratio]",
                    m.bmi(), "kg/m2"));
        }
    }

    private static Observation observation(Reference patient, MeasurementLine m, String profile, String loinc,
            String display, BigDecimal value, String unit) {
        var observation = new Observation();
        observation.getMeta().addProfile(PROFILE + profile);
        observation.setStatus(m.voidedAt() == null ? Observation.ObservationStatus.FINAL
                : Observation.ObservationStatus.ENTEREDINERROR);
        observation.addCategory(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "Vital Signs")));
        observation.setCode(new CodeableConcept(new Coding(LOINC, loinc, display)));
        observation.setSubject(patient.copy());
        observation.setEffective(day(m.measuredOn()));
        observation.setValue(new Quantity().setValue(value).setUnit(unit).setSystem(UCUM).setCode(unit));
        return observation;
    }

    private static Encounter encounter(Reference patient, ConsultationView c) {
        var encounter = new Encounter();
        encounter.setStatus(c.voidedAt() == null ? Encounter.EncounterStatus.FINISHED
                : Encounter.EncounterStatus.ENTEREDINERROR);
        encounter.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
        encounter.setSubject(patient.copy());
        if (c.form().heldOn() != null) {
            encounter.setPeriod(new Period().setStartElement(day(c.form().heldOn())));
        }
        if (c.form().reason() != null && !c.form().reason().isBlank()) {
            encounter.addReasonCode().setText(c.form().reason());
        }
        return encounter;
    }

    private static DocumentReference document(Reference patient, Reference encounter, AttachmentView a) {
        var document = new DocumentReference();
        document.setStatus(DocumentReferenceStatus.CURRENT);
        document.setSubject(patient.copy());
        document.setDate(Date.from(a.addedAt()));
        document.getContext().addEncounter(encounter.copy());
        document.addContent().setAttachment(new Attachment().setContentType(a.contentType())
                .setTitle(a.fileName()).setSize(a.sizeBytes()).setCreationElement(
                        new DateTimeType(Date.from(a.addedAt())))
                .setUrl(ConsultationData.archivePath(a)));
        return document;
    }

    private static DateTimeType day(LocalDate day) {
        return new DateTimeType(day.toString());
    }
}
