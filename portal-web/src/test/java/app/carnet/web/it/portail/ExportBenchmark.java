package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.client.ClientFile;
import app.carnet.domain.client.ClientSource;
import app.carnet.domain.client.ClientView;
import app.carnet.domain.consultation.AttachmentView;
import app.carnet.domain.consultation.ConsultationForm;
import app.carnet.domain.consultation.ConsultationView;
import app.carnet.domain.health.MeasurementLine;
import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.ClientExport.Scope;
import app.carnet.rights.data.ExportArchive;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * How a large client archive is written ({@code ./mvnw -Pbench verify -pl portal-web -am -Dit.test=ExportBenchmark}):
 * a client with 500 consultations, 1,000 measurements and 50 attachments of 2 MB, the access archive written into a
 * stream that counts what it receives, as the download servlet streams it. It prints the time to the first byte, the
 * total time, the size, the peak heap used above the heap before (sampled every 5 ms, garbage included) and what the
 * heap still holds, once collected, when the last attachment is read; it checks that the archive streams (that
 * stays well below the 100 MB of attachments), never how fast. The records are made in memory, as
 * the holders give them: reading and opening them from the database is not counted.
 */
class ExportBenchmark {

    private static final int CONSULTATIONS = 500;
    private static final int MEASUREMENTS = 1_000;
    private static final int ATTACHMENTS = 50;
    private static final int ATTACHMENT_BYTES = 2 * 1024 * 1024;

    @Test
    void largeArchive_shouldStream() throws Exception {
        var report = new ArrayList<String>();
        for (int round = 1; round <= 3; round++) { // the first warms the JVM and HAPI FHIR up
            report.add("round " + round + ": " + run());
        }
        report.forEach(System.out::println);
        Path out = Path.of("target", "bench", "export.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private static String run() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        var retained = new AtomicLong();
        var export = export(() -> { // at the last attachment, what the heap still holds once collected
            System.gc();
            retained.set(memory.getHeapMemoryUsage().getUsed());
        });
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(before);
        var sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        var firstByte = new AtomicLong();
        var size = new AtomicLong();
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                firstByte.compareAndSet(0, System.nanoTime());
                size.addAndGet(len);
            }
        };
        ExportArchive.write(new ExportArchive.Request(1, Instant.now(), Scope.ACCESS, "Cabinet", Locale.FRENCH),
                export, sink, step -> {
                });
        long end = System.nanoTime();
        sampler.interrupt();
        sampler.join();
        long peakMb = (peak.get() - before) / (1024 * 1024);
        long retainedMb = (retained.get() - before) / (1024 * 1024);
        assertTrue(size.get() > (long) ATTACHMENTS * ATTACHMENT_BYTES, "the attachments are in it");
        assertTrue(retainedMb < 40, "streams, one attachment in memory at a time: " + retainedMb + " MB retained");
        return String.format(Locale.ROOT,
                "%d consultations, %d measurements, %d attachments of 2 MB: first byte %d ms, total %d ms, "
                        + "%d MB written, peak heap used +%d MB (garbage included), retained at the last "
                        + "attachment +%d MB",
                CONSULTATIONS, MEASUREMENTS, ATTACHMENTS, (firstByte.get() - start) / 1_000_000,
                (end - start) / 1_000_000, size.get() / (1024 * 1024), peakMb, retainedMb);
    }

    private static ClientExport export(Runnable atTheLastAttachment) {
        var export = new ClientExport();
        var day = LocalDate.of(2020, 1, 1);
        var at = Instant.parse("2026-01-01T09:00:00Z");
        export.provided("file", List.of(new ClientView(1, new ClientFile("Banc", "Éva", null, day, "eva@exemple.test",
                "fr", "1 rue du Banc", "75001", "Paris", "0600000000", null, null, null, ClientSource.SELF, null,
                "Notes"), at, at, null)), "file.lastName", "file.firstName", "file.email");
        var measurements = new ArrayList<MeasurementLine>();
        for (int i = 0; i < MEASUREMENTS; i++) {
            measurements.add(new MeasurementLine(i, day.plusDays(i), 170, new BigDecimal("65.5"),
                    new BigDecimal("22.7"), null, null));
        }
        export.provided("measurements", measurements, "id", "measuredOn", "heightCm", "weightKg");
        var consultations = new ArrayList<ConsultationView>();
        for (int i = 0; i < CONSULTATIONS; i++) {
            var attachments = i < ATTACHMENTS
                    ? List.of(new AttachmentView(i, "bilan-" + i + ".pdf", "application/pdf", ATTACHMENT_BYTES, at))
                    : List.<AttachmentView>of();
            consultations.add(new ConsultationView(i, 1, new ConsultationForm(day.plusDays(i), "Motif " + i,
                    "Notes de la consultation " + i + ", ".repeat(40), "Suivi", "Résumé"), attachments, null, null));
            for (AttachmentView a : attachments) {
                int seed = i;
                export.file("pieces-jointes", a.id() + "-" + a.fileName(), a.sizeBytes(), () -> {
                    if (seed == ATTACHMENTS - 1) {
                        atTheLastAttachment.run();
                    }
                    var content = new byte[ATTACHMENT_BYTES]; // read when written, as from the database
                    new Random(seed).nextBytes(content);
                    return content;
                });
            }
        }
        export.add("consultations", consultations);
        assertEquals(ATTACHMENTS, export.files().size());
        return export;
    }
}
