package org.storyline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.CoreNlpAnnotator;
import org.storyline.cli.EventCoding;
import org.storyline.code.EventCoder;
import org.storyline.ingest.CorpusReader;
import org.storyline.pipeline.IngestReport;
import org.storyline.pipeline.Ingestion;
import org.storyline.pipeline.ProgressListener;
import org.storyline.store.ArticleSummary;
import org.storyline.store.EmbeddedStore;
import org.storyline.store.SearchHit;

/**
 * Reads while an ingest runs, and a second ingest or a command on a store in use. The ingest is held at its
 * fourth article until the contenders have run, so the test does not depend on how fast anything is.
 */
class ConcurrentAccessIT {
    private static final int DOCUMENTS = 12;
    private static final int HELD_AT = 4;

    @TempDir
    Path dir;

    @Test
    void readersSeeWholeArticlesAndOtherWritersAreRefusedByName() throws Exception {
        long start = System.nanoTime();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(corpus.resolve(String.format("doc%02d.txt", i)), " date 2021-05-10 Officials in Dayton"
                    + " opened library number " + i + " on May 7, 2021. The governor praised the mayor.\n");
        }
        Path storeDir = dir.resolve("store");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger annotated = new AtomicInteger();
        Annotator gated = article -> {
            if (annotated.incrementAndGet() == HELD_AT) {
                held.countDown();
                await(release);
            }
            return CoreNlpAnnotator.shared().annotate(article);
        };
        EventCoder coder = EventCoding.standard();
        String inUse = "storyline: store " + storeDir + " is in use by another process";

        Cli search;
        Cli secondIngest;
        String otherProcess;
        int otherExit;
        List<String> inconsistencies = new ArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        IngestReport report;
        try (EmbeddedStore store = EmbeddedStore.open(storeDir)) {
            AtomicReference<IngestReport> result = new AtomicReference<>();
            Thread ingest = new Thread(() -> result.set(new Ingestion(new CorpusReader(), () -> gated, () -> coder,
                    store, 1).run(List.of(corpus), ProgressListener.NONE)));
            ingest.start();
            assertThat(held.await(10, TimeUnit.MINUTES)).isTrue();

            search = Cli.run("search", "--store", storeDir.toString(), "officials");
            secondIngest = Cli.run("ingest", "--store", storeDir.toString(), corpus.toString());
            Path log = dir.resolve("other.log");
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.storyline.cli.StorylineCommand", "ingest",
                    "--store", storeDir.toString(), corpus.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(other.waitFor(5, TimeUnit.MINUTES)).isTrue();
            otherExit = other.exitValue();
            otherProcess = Files.readString(log);

            Thread reader = new Thread(() -> {
                do {
                    read(store, inconsistencies);
                    reads.incrementAndGet();
                } while (ingest.isAlive());
            });
            reader.start();
            release.countDown();
            ingest.join();
            reader.join();
            report = result.get();
        }
        StoreSnapshot after = StoreSnapshot.of(storeDir);
        Cli searchAfter = Cli.run("search", "--store", storeDir.toString(), "--limit", "50", "officials");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        int refusedClearly = (search.exit() == 1 && search.err().strip().equals(inUse) ? 1 : 0)
                + (secondIngest.exit() == 1 && secondIngest.err().strip().equals(inUse) ? 1 : 0)
                + (otherExit == 1 && otherProcess.strip().equals(inUse) ? 1 : 0);
        Figures.record(new Figures.Row("ConcurrentAccessIT", DOCUMENTS + reads.get() + 3, 3 - refusedClearly,
                DOCUMENTS - after.articles().size(), 0, "-", "-", reads.get() + " whole-store reads during an ingest of "
                        + DOCUMENTS + " documents, " + inconsistencies.size() + " inconsistent; a search, an in-process"
                        + " and an out-of-process ingest refused while it ran; " + seconds + " s"));

        assertThat(search.exit()).isEqualTo(1);
        assertThat(search.err().strip()).isEqualTo(inUse);
        assertThat(secondIngest.exit()).isEqualTo(1);
        assertThat(secondIngest.err().strip()).isEqualTo(inUse);
        assertThat(otherExit).isEqualTo(1);
        assertThat(otherProcess.strip()).isEqualTo(inUse);
        assertThat(inconsistencies).isEmpty();
        assertThat(reads.get()).isPositive();
        assertThat(report.stored()).isEqualTo(DOCUMENTS);
        assertThat(report.skipped()).isEmpty();
        assertThat(after.articles()).hasSize(DOCUMENTS);
        assertThat(after.articles().values()).allSatisfy(a -> assertThat(a.sentences()).isEqualTo(2));
        assertThat(searchAfter.exit()).isZero();
        assertThat(searchAfter.out()).contains(DOCUMENTS + ". ");
    }

    /**
     * One pass over the store as a reader sees it: every listed article whole, every search hit and every event
     * mention of an article that is stored. Problems are added to {@code inconsistencies}.
     */
    private static void read(EmbeddedStore store, List<String> inconsistencies) {
        Set<String> listed = new HashSet<>();
        for (ArticleSummary summary : store.list(0, 1_000)) {
            listed.add(summary.id());
            AnnotatedArticle article = store.find(summary.id()).orElse(null);
            if (article == null || article.sentences().size() != summary.sentences() || summary.sentences() != 2) {
                inconsistencies.add("article " + summary.id() + " listed but not whole");
            }
        }
        for (SearchHit hit : store.search("officials", 1_000)) {
            if (store.find(hit.id()).isEmpty()) {
                inconsistencies.add("search hit " + hit.id() + " without a record");
            }
        }
        store.forEachEventMention(cited -> {
            if (store.find(cited.mention().articleId()).isEmpty()) {
                inconsistencies.add("event mention of " + cited.mention().articleId() + " without a record");
            }
        });
        long count = store.count();
        if (count < listed.size()) {
            inconsistencies.add("count " + count + " below the " + listed.size() + " articles listed before");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
