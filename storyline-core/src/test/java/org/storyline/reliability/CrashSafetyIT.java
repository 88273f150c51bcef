package org.storyline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.cli.EventCoding;
import org.storyline.code.EventCoder;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;
import org.storyline.store.EmbeddedStore;
import org.storyline.store.SearchHit;

/**
 * {@code storyline ingest} in its own JVM, killed with SIGKILL at a seeded random moment 0-3 s after it has started
 * writing articles, and started again, and
 * stopped by a file size limit (a full disk as an unprivileged process sees it): after every stop the store opens
 * (repairing what the stop left half-written, see EmbeddedStore#repairs), H2 and Lucene agree, and every stored
 * article is whole; at the end every document is stored exactly once.
 *
 * <p>2,000 documents of two sentences: once its models are loaded (10-20 s a start) an ingest stores about a
 * hundred of them a second on two cores, so each of the ten kills falls while articles are being written, and the
 * test takes about two minutes.
 */
class CrashSafetyIT {
    private static final int DOCUMENTS = 2_000;
    private static final int KILLS = 10;
    private static final long SEED = 20_261_123L;
    /** Growth of the records file that shows an ingest is storing articles (one article takes several KiB). */
    private static final long WRITTEN_BYTES = 16 * 1024;
    private static final String[] CITIES = {"Springfield", "Columbus", "Dayton", "Toledo"};

    @TempDir
    Path dir;

    /** What opening repaired after each stop, by round (see EmbeddedStore#repairs). */
    private final List<String> repairs = new ArrayList<>();
    private int checks;

    @Test
    void killedIngestsLoseAndDuplicateNothing() throws Exception {
        long start = System.nanoTime();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Map<String, Integer> documents = writeCorpus(corpus);
        Path store = dir.resolve("store");
        Random random = new Random(SEED);
        List<String> rounds = new ArrayList<>();
        int survived = 0;
        long previous = 0;
        int crashes = 0;
        EmbeddedStore.open(store).close();
        Path records = store.resolve("records.mv.db");
        for (int round = 1; round <= KILLS; round++) {
            long delayMillis = random.nextInt(3_000);
            long grown = Files.size(records) + WRITTEN_BYTES;
            Process ingest = ingest(corpus, store, dir.resolve("round" + round + ".log"), null);
            // Loading the models takes most of a start: the kill is timed from the first articles written.
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (ingest.isAlive() && Files.size(records) < grown && System.nanoTime() < giveUp) {
                Thread.sleep(100);
            }
            if (!ingest.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
                ingest.destroyForcibly();
                ingest.waitFor();
            } else if (ingest.exitValue() != 0) {
                crashes++;
            }
            long stored = checkStore(store, documents);
            assertThat(stored).as("round %d: articles never disappear", round).isGreaterThanOrEqualTo(previous);
            previous = stored;
            survived++;
            rounds.add("+" + delayMillis + " ms: " + stored);
        }
        Process last = ingest(corpus, store, dir.resolve("final.log"), null);
        assertThat(last.waitFor(15, TimeUnit.MINUTES)).isTrue();
        int finalExit = last.exitValue();
        long stored = checkStore(store, documents);
        int duplicates = duplicatePublications(store);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        Figures.record(new Figures.Row("CrashSafetyIT", DOCUMENTS, crashes + (finalExit == 0 ? 0 : 1),
                (int) (DOCUMENTS - stored), duplicates, survived + "/" + KILLS, "-", DOCUMENTS + " documents, seed " + SEED
                        + ", kills after the first writes " + String.join(", ", rounds) + " articles stored; repairs on "
                        + "opening: " + (repairs.isEmpty() ? "none" : String.join("; ", repairs)) + "; " + seconds
                        + " s"));

        assertThat(finalExit).as(Files.readString(dir.resolve("final.log"))).isZero();
        assertThat(crashes).isZero();
        assertThat(stored).isEqualTo(DOCUMENTS);
        assertThat(duplicates).isZero();
    }

    @Test
    void aFullDiskStopsTheIngestWithAMessageAndLeavesAWholeStore() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Map<String, Integer> documents = writeCorpus(corpus);
        Path store = dir.resolve("store");
        EmbeddedStore.open(store).close();
        long limitKiB = (Files.size(store.resolve("records.mv.db")) >> 10) + 256;
        Path log = dir.resolve("full.log");

        Process ingest = ingest(corpus, store, log, limitKiB);
        assertThat(ingest.waitFor(15, TimeUnit.MINUTES)).isTrue();

        String err = Files.readString(log);
        assertThat(ingest.exitValue()).as(err).isEqualTo(1);
        assertThat(err).startsWith("storyline: store " + store + ": cannot add article ").endsWith(" (File too large)\n");
        long stored = checkStore(store, documents);
        assertThat(stored).isBetween(1L, DOCUMENTS - 1L);
    }

    /** Seed documents of two sentences, each with an explicit date and a word of its own; returns ids by number. */
    private static Map<String, Integer> writeCorpus(Path corpus) throws IOException {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String city = CITIES[i % CITIES.length];
            String text = "Officials in " + city + " announced plan zq" + String.format("%04d", i) + " on March 3, 2021."
                    + " Japan rejected China's proposal for joint patrols.";
            Files.writeString(corpus.resolve(String.format("doc%04d.txt", i)), " date 2021-03-04 " + text + "\n");
            ids.put(Article.of(text, new Publication(null, null, LocalDate.of(2021, 3, 4), null, "x")).id(), i);
        }
        return ids;
    }

    private static Process ingest(Path corpus, Path store, Path log, Long fileSizeLimitKiB) throws IOException {
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-Xss4m", "-cp", System.getProperty("java.class.path"), "org.storyline.cli.StorylineCommand", "ingest",
                "--threads", "2", "--store", store.toString(), corpus.toString());
        List<String> command = new ArrayList<>();
        if (fileSizeLimitKiB != null) {
            // ulimit -f counts 1024-byte blocks; the JVM ignores SIGXFSZ, so writes past it fail with EFBIG.
            command.addAll(List.of("bash", "-c", "ulimit -f " + fileSizeLimitKiB + " && exec \"$@\"", "ingest"));
        }
        command.addAll(java);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Opens the store (which reconciles the index with the records) and checks every article: a document of the
     * corpus, two sentences, its date, the event mentions its stored annotations code to, one publication, and
     * found by its own word in the index. Returns the number of articles.
     */
    private long checkStore(Path dir, Map<String, Integer> documents) {
        EventCoder coder = EventCoding.standard();
        checks++;
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.repairs().ifPresent(what -> repairs.add("after stop " + checks + ": " + what));
            StoreSnapshot snapshot = StoreSnapshot.of(store);
            for (Map.Entry<String, StoreSnapshot.ArticleState> entry : snapshot.articles().entrySet()) {
                String id = entry.getKey();
                assertThat(documents).containsKey(id);
                StoreSnapshot.ArticleState state = entry.getValue();
                assertThat(state.sentences()).as(id).isEqualTo(2);
                assertThat(state.timexes()).as(id).contains("2021-03-03");
                assertThat(state.publications()).as(id).hasSize(1);
                AnnotatedArticle article = store.find(id).orElseThrow();
                List<String> recoded = coder.code(article).stream().map(StoreSnapshot::event).toList();
                assertThat(state.events()).as(id).isEqualTo(recoded).isNotEmpty();
                List<SearchHit> hits = store.search(String.format("zq%04d", documents.get(id)), 5);
                assertThat(hits).extracting(SearchHit::id).as(id).containsExactly(id);
            }
            assertThat(store.search("officials", 10 * DOCUMENTS)).hasSize(snapshot.articles().size());
            assertThat(store.count()).isEqualTo(snapshot.articles().size());
            return store.count();
        }
    }

    private static int duplicatePublications(Path dir) {
        return StoreSnapshot.of(dir).articles().values().stream().mapToInt(a -> a.publications().size() - 1).sum();
    }
}
