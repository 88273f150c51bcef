package org.storyline.flink;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.storyline.ingest.Publication;
import org.storyline.store.ArticleStore;
import org.storyline.util.Validate;

/**
 * The store stage: writes each coded article to an {@link ArticleStore} (its annotations and event mentions in
 * one transaction, as the local runner does) and each repeated text's publications, committing in batches and at
 * the end of the input. Works with any store; the embedded one admits one writer, so run this sink with
 * parallelism 1 over it. Flink gives each parallel instance its own copy.
 */
public final class StoreSink implements Sink<CodedRecord> {
    private static final long serialVersionUID = 1L;
    private static final int COMMIT_EVERY = 500;

    private final StoreFactory stores;

    /** @param stores opens the store, once per sink instance */
    public StoreSink(StoreFactory stores) {
        this.stores = Validate.notNull(stores, "stores");
    }

    @Override
    public SinkWriter<CodedRecord> createWriter(WriterInitContext context) {
        return new Writer(stores.open());
    }

    /** Writes to one open store; used by one Flink task. */
    private static final class Writer implements SinkWriter<CodedRecord> {
        private final ArticleStore store;
        private int sinceCommit;

        Writer(ArticleStore store) {
            this.store = store;
        }

        @Override
        public void write(CodedRecord record, Context context) {
            CodedArticle coded = StageJson.coded(record.json());
            if (coded.repeated()) {
                if (!store.contains(record.articleId())) {
                    // The first copy of the text could not be annotated: it is skipped, named, and so is this one.
                    return;
                }
                for (Publication publication : coded.annotated().article().publications()) {
                    store.addPublication(record.articleId(), publication);
                }
            } else {
                store.add(coded.annotated(), coded.mentions());
            }
            if (++sinceCommit >= COMMIT_EVERY) {
                store.commit();
                sinceCommit = 0;
            }
        }

        @Override
        public void flush(boolean endOfInput) {
            store.commit();
            sinceCommit = 0;
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
