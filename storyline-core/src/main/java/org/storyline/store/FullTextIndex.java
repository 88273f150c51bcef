package org.storyline.store;

import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene side of the store: one document per article, updated by id, searchable before it is committed.
 * Opened for reading, it holds the index's write lock but opens no writer until its first write: a command that
 * only reads does not pay for one. Safe to share between threads (IndexWriter and SearcherManager are, and the
 * writer is opened under the index's monitor); the owner serialises writes anyway.
 */
final class FullTextIndex implements AutoCloseable {
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String PUBLISHED = "published";
    private static final String OUTLET = "outlet";
    private static final String URL = "url";
    private static final float TITLE_BOOST = 2f;
    private static final int SNIPPET_LENGTH = 200;
    private static final int PAGE = 256;

    /** Offsets in the postings let the highlighter find matches without re-analysing the text. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private static final Sort BY_DATE_THEN_ID = new Sort(
            new SortField(PUBLISHED, SortField.Type.LONG), new SortField(ID, SortField.Type.STRING));

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Directory directory;
    /** The write lock, held while no writer is open (an index opened for reading); then null. */
    private Lock lock;
    /** Null until the first write of an index opened for reading. */
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    /** The searchers of the committed index that served reads before the writer was opened, closed last. */
    private SearcherManager committedSearchers;

    /**
     * Opens or creates the index in {@code dir} as {@link #FullTextIndex(Path, boolean)} does for writing.
     *
     * @throws LockObtainFailedException if another writer holds the index
     */
    FullTextIndex(Path dir) throws IOException {
        this(dir, false);
    }

    /**
     * Opens or creates the index in {@code dir}. An unreadable index is recreated empty: it holds nothing that
     * the records do not, and the owner re-indexes what is missing. When {@code reading} and the index exists,
     * only its write lock is taken and the committed index read; the writer is opened at the first write.
     *
     * @throws LockObtainFailedException if another writer holds the index
     */
    FullTextIndex(Path dir, boolean reading) throws IOException {
        this.directory = FSDirectory.open(dir);
        try {
            if (reading && DirectoryReader.indexExists(directory)) {
                lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
                try {
                    searchers = new SearcherManager(directory, null);
                    return;
                } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
                    lock.close();
                    lock = null;
                }
            }
            writer = openWriter();
            searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            try (directory; Lock unusedLock = lock; IndexWriter unusedWriter = writer) {
                throw e;
            }
        }
    }

    private IndexWriter openWriter() throws IOException {
        try {
            return new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            return new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        }
    }

    /** Adds the article's document, replacing any previous one with the same id. */
    void put(IndexEntry entry) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(entry.id())));
        if (entry.title() != null) {
            doc.add(new TextField(TITLE, entry.title(), Field.Store.YES));
        }
        doc.add(new Field(TEXT, entry.text(), TEXT_WITH_OFFSETS));
        long day = entry.published().toEpochDay();
        doc.add(new LongPoint(PUBLISHED, day));
        doc.add(new NumericDocValuesField(PUBLISHED, day));
        doc.add(new StoredField(PUBLISHED, day));
        if (entry.outlet() != null) {
            doc.add(new StoredField(OUTLET, entry.outlet()));
        }
        if (entry.url() != null) {
            doc.add(new StoredField(URL, entry.url()));
        }
        writer().updateDocument(new Term(ID, entry.id()), doc);
    }

    void delete(String id) throws IOException {
        writer().deleteDocuments(new Term(ID, id));
    }

    /** The writer, opened at the first write of an index opened for reading; searches see its changes from then. */
    private synchronized IndexWriter writer() throws IOException {
        if (writer == null) {
            if (lock != null) {
                lock.close();
                lock = null;
            }
            writer = openWriter();
            committedSearchers = searchers;
            searchers = new SearcherManager(writer, null);
        }
        return writer;
    }

    /** The number of live documents, committed or not. */
    int count() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Ids of the live documents, committed or not. */
    Set<String> ids() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            Set<String> ids = new HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues values = leaf.reader().getSortedDocValues(ID);
                if (values == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
                    }
                }
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The best {@code limit} matches of {@code query}, with snippets; a query that is not valid syntax is escaped. */
    List<SearchHit> search(String query, int limit) throws IOException {
        Query parsed = parse(query);
        if (parsed == null) {
            return List.of();
        }
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(parsed, limit);
            String[] snippets = highlighter(searcher).highlight(TEXT, parsed, top, 1);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc scoreDoc = top.scoreDocs[i];
                Document doc = stored.document(scoreDoc.doc);
                hits.add(new SearchHit(doc.get(ID), scoreDoc.score, doc.get(TITLE),
                        LocalDate.ofEpochDay(doc.getField(PUBLISHED).numericValue().longValue()),
                        doc.get(OUTLET), doc.get(URL), flatten(snippets[i])));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Passes the ids matching {@code query} to {@code visitor}, earliest publication first, then by id, a page
     * at a time so that large result sets are never held whole.
     */
    void forEachMatch(String query, Consumer<String> visitor) throws IOException {
        Query parsed = parse(query);
        if (parsed == null) {
            return;
        }
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            FieldDoc after = null;
            while (true) {
                TopDocs page = searcher.searchAfter(after, parsed, PAGE, BY_DATE_THEN_ID);
                for (ScoreDoc hit : page.scoreDocs) {
                    // The id is the second sort value: no stored fields (and their compressed texts) to read.
                    visitor.accept(((BytesRef) ((FieldDoc) hit).fields[1]).utf8ToString());
                }
                if (page.scoreDocs.length < PAGE) {
                    return;
                }
                after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /** Commits what was written (nothing when no writer was opened). */
    synchronized void commit() throws IOException {
        if (writer != null) {
            writer.commit();
        }
    }

    /** Commits and releases the index and its write lock. */
    @Override
    public synchronized void close() throws IOException {
        try (directory; Lock unusedLock = lock; IndexWriter unusedWriter = writer;
             SearcherManager unusedCommitted = committedSearchers; SearcherManager unusedSearchers = searchers) {
            if (writer != null) {
                writer.commit();
            }
        }
    }

    /** The parsed query, its escaped form when the syntax is invalid, or null when nothing is left to search. */
    private Query parse(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[] {TITLE, TEXT}, analyzer, Map.of(TITLE, TITLE_BOOST, TEXT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            try {
                return parser.parse(QueryParser.escape(query));
            } catch (ParseException again) {
                return null;
            }
        }
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("[[", "]]", " … ", false))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
                // The default stops looking after 10,000 characters, missing matches late in long articles.
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(1)
                .build();
    }

    /** Paragraph breaks inside a passage would break the one-line display of a hit. */
    private static String flatten(String snippet) {
        return snippet == null ? "" : snippet.strip().replaceAll("\\s+", " ");
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer).setOpenMode(mode);
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
