package org.storyline.pipeline;

/** Told how an ingest advances; called from the ingesting thread only. */
public interface ProgressListener {
    /** Ignores progress. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void started(int files) {
        }

        @Override
        public void fileRead() {
        }
    };

    /** The ingest found this many files to read. */
    void started(int files);

    /** One more file has been read. */
    void fileRead();
}
