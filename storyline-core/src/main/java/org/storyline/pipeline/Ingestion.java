package org.storyline.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Annotator;
import org.storyline.code.EventCoder;
import org.storyline.code.EventMention;
import org.storyline.ingest.Article;
import org.storyline.ingest.CorpusReader;
import org.storyline.ingest.Publication;
import org.storyline.ingest.Skip;
import org.storyline.store.ArticleStore;
import org.storyline.store.StoreOutcome;
import org.storyline.store.StoryStore;
import org.storyline.story.StoryOptions;
import org.storyline.util.Validate;

/**
 * Reads files, annotates the articles not yet stored, codes their events and stores them. Files are read in order
 * on the calling thread; annotation and event coding run on {@code threads} workers with a bounded number of
 * articles in flight, so memory stays bounded whatever the corpus size. An article is stored with its annotations
 * and event mentions in one transaction. A text already stored is never annotated or coded again: only its new
 * publications are added. The annotator and the coder are obtained on first need, so an ingest of known texts
 * loads neither models nor dictionaries. When the store keeps stories, the new articles are then placed in stories
 * ({@link StoryUpdate}) in publication order, once all are stored, so the stories do not depend on which worker
 * finished first.
 *
 * <p>One instance runs one ingest at a time; it is not meant to be shared between threads.
 */
public final class Ingestion {
    private static final int COMMIT_EVERY = 500;

    private final CorpusReader reader;
    private final Supplier<Annotator> annotator;
    private final Supplier<EventCoder> coder;
    private final ArticleStore store;
    private final int threads;
    private final StageListener stages;

    private final Object lock = new Object();
    private final Map<String, List<Publication>> inFlight = new HashMap<>();
    private final List<Skip> skipped = new ArrayList<>();
    private int stored;
    private int publicationsAdded;
    private int alreadyPresent;
    private int sentences;
    private int eventMentions;
    private int sinceCommit;
    private RuntimeException storeFailure;
    /** Time the reading thread spent handing articles on, which is not reading; touched by that thread only. */
    private long handOverNanos;

    /**
     * @param annotator gives the annotator; asked once per new article, so it should hand out a shared instance
     * @param coder     gives the event coder; asked once per new article, so it should hand out a shared instance
     */
    public Ingestion(CorpusReader reader, Supplier<Annotator> annotator, Supplier<EventCoder> coder,
                     ArticleStore store, int threads) {
        this(reader, annotator, coder, store, threads, StageListener.NONE);
    }

    /**
     * An ingestion that reports the time of every stage to {@code stages}.
     *
     * @param stages told the time of each file read and each article annotated, coded and stored
     */
    public Ingestion(CorpusReader reader, Supplier<Annotator> annotator, Supplier<EventCoder> coder,
                     ArticleStore store, int threads, StageListener stages) {
        this.stages = Validate.notNull(stages, "stages");
        this.reader = Validate.notNull(reader, "reader");
        this.annotator = Validate.notNull(annotator, "annotator");
        this.coder = Validate.notNull(coder, "coder");
        this.store = Validate.notNull(store, "store");
        Validate.isTrue(threads > 0, "threads must be positive, got " + threads);
        this.threads = threads;
    }

    /** Ingests every file under {@code roots} and reports what happened. */
    public IngestReport run(List<Path> roots, ProgressListener progress) {
        long start = System.nanoTime();
        List<Path> files = reader.listFiles(roots, this::skip);
        progress.started(files.size());
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "storyline-annotate");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore slots = new Semaphore(threads * 2);
        try {
            for (Path file : files) {
                if (failed()) {
                    break;
                }
                long readStart = System.nanoTime();
                handOverNanos = 0;
                reader.readFile(file, article -> {
                    long handOverStart = System.nanoTime();
                    accept(article, workers, slots);
                    handOverNanos += System.nanoTime() - handOverStart;
                }, this::skip);
                stages.timed(Stage.READ, System.nanoTime() - readStart - handOverNanos);
                progress.fileRead();
            }
            slots.acquireUninterruptibly(threads * 2);
        } finally {
            workers.shutdown();
            awaitQuietly(workers);
        }
        synchronized (lock) {
            if (storeFailure != null) {
                throw storeFailure;
            }
            long commitStart = System.nanoTime();
            store.commit();
            stages.timed(Stage.STORE, System.nanoTime() - commitStart);
            long storiesStart = System.nanoTime();
            StoryReport stories = store instanceof StoryStore storyStore
                    ? new StoryUpdate(store, storyStore, StoryOptions.defaults()).run() : StoryReport.none();
            stages.timed(Stage.DEDUPE_CLUSTER, System.nanoTime() - storiesStart);
            return new IngestReport(files.size(), stored, publicationsAdded, alreadyPresent, sentences,
                    eventMentions, stories, List.copyOf(skipped), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private void accept(Article article, ExecutorService workers, Semaphore slots) {
        Publication publication = article.publications().get(0);
        synchronized (lock) {
            if (storeFailure != null) {
                return;
            }
            List<Publication> waiting = inFlight.get(article.id());
            if (waiting != null) {
                waiting.add(publication);
                return;
            }
            long storeStart = System.nanoTime();
            boolean known = store.contains(article.id());
            if (known) {
                count(store.addPublication(article.id(), publication));
            } else {
                inFlight.put(article.id(), new ArrayList<>());
            }
            stages.timed(Stage.STORE, System.nanoTime() - storeStart);
            if (known) {
                return;
            }
        }
        slots.acquireUninterruptibly();
        workers.execute(() -> {
            try {
                annotateAndStore(article);
            } finally {
                slots.release();
            }
        });
    }

    private void annotateAndStore(Article article) {
        AnnotatedArticle annotated;
        List<EventMention> mentions;
        String step = "annotate";
        try {
            long start = System.nanoTime();
            annotated = annotator.get().annotate(article);
            long annotatedAt = System.nanoTime();
            stages.timed(Stage.ANNOTATE, annotatedAt - start);
            step = "code events";
            mentions = coder.get().code(annotated);
            stages.timed(Stage.CODE, System.nanoTime() - annotatedAt);
        } catch (RuntimeException | StackOverflowError e) {
            // Pathological text (deep nesting, endless sentences) can overflow the parser's stack: skip the article,
            // named, rather than lose it silently with the worker thread.
            synchronized (lock) {
                inFlight.remove(article.id());
                skipped.add(new Skip(article.publications().get(0).origin(), "could not " + step + ": " + e));
            }
            return;
        }
        synchronized (lock) {
            if (storeFailure != null) {
                return;
            }
            long storeStart = System.nanoTime();
            try {
                count(store.add(annotated, mentions));
                sentences += annotated.sentences().size();
                eventMentions += mentions.size();
                for (Publication later : inFlight.remove(article.id())) {
                    count(store.addPublication(article.id(), later));
                }
                if (++sinceCommit >= COMMIT_EVERY) {
                    store.commit();
                    sinceCommit = 0;
                }
            } catch (RuntimeException e) {
                // The store is what cannot go on (disk full, lost lock): stop the run rather than skip every article.
                storeFailure = e;
            }
            stages.timed(Stage.STORE, System.nanoTime() - storeStart);
        }
    }

    private boolean failed() {
        synchronized (lock) {
            return storeFailure != null;
        }
    }

    private void count(StoreOutcome outcome) {
        switch (outcome) {
            case STORED -> stored++;
            case PUBLICATION_ADDED -> publicationsAdded++;
            case ALREADY_PRESENT -> alreadyPresent++;
        }
    }

    private void skip(Skip skip) {
        synchronized (lock) {
            skipped.add(skip);
        }
    }

    private static void awaitQuietly(ExecutorService workers) {
        try {
            workers.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
