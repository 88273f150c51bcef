-- Storyline store schema, version 5 (version 1 had no event tables, version 2 no stories, version 3 kept H2's
-- annotations as LOBs, version 4 had no article.parts; opening an older store runs this script, which only adds
-- what is missing, so its articles are kept and have no events until `storyline recode`; their stories are
-- computed by the next ingest or `storyline stories --update`; then Schema's own conversions).
-- Runs on H2 (MODE=PostgreSQL) and PostgreSQL. ${binary} is replaced by the dialect's binary type, ${text_index}
-- by the dialect's full-text index of articles (none on H2, whose store searches with Lucene).
-- Statements end with a semicolon at the end of a line.

CREATE TABLE IF NOT EXISTS article (
    id              VARCHAR(16)              NOT NULL PRIMARY KEY,
    text            VARCHAR                  NOT NULL,
    title           VARCHAR,
    first_published DATE                     NOT NULL,
    sentence_count  INTEGER                  NOT NULL,
    stored_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    parts           INTEGER
);

-- parts counts the rows of the article in publication, sentence, timex, annotation, event_mention and event_actor,
-- kept in the transactions that write them, so that a store left open by a crash can tell an article written only
-- in part (NULL in articles stored before version 5: not checked).
CREATE INDEX IF NOT EXISTS article_by_date ON article (first_published, id);

${text_index}

-- pub_key hashes url|outlet|published|title with an explicit marker for NULL, so that two publications
-- differing only in a missing value are still told apart and an identical one is never stored twice.
CREATE TABLE IF NOT EXISTS publication (
    article_id VARCHAR(16) NOT NULL REFERENCES article (id),
    pub_key    VARCHAR(32) NOT NULL,
    seq        INTEGER     NOT NULL,
    url        VARCHAR,
    outlet     VARCHAR,
    published  DATE        NOT NULL,
    title      VARCHAR,
    origin     VARCHAR     NOT NULL,
    PRIMARY KEY (article_id, pub_key),
    UNIQUE (article_id, seq)
);

CREATE TABLE IF NOT EXISTS sentence (
    article_id    VARCHAR(16) NOT NULL REFERENCES article (id),
    idx           INTEGER     NOT NULL,
    text          VARCHAR     NOT NULL,
    char_start    INTEGER     NOT NULL,
    char_end      INTEGER     NOT NULL,
    sentence_date VARCHAR(32),
    date_source   VARCHAR(16),
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS timex (
    article_id   VARCHAR(16) NOT NULL,
    sentence_idx INTEGER     NOT NULL,
    idx          INTEGER     NOT NULL,
    text         VARCHAR     NOT NULL,
    type         VARCHAR(16),
    "value"      VARCHAR,
    source_value VARCHAR,
    rule         VARCHAR,
    char_start   INTEGER     NOT NULL,
    char_end     INTEGER     NOT NULL,
    PRIMARY KEY (article_id, sentence_idx, idx),
    FOREIGN KEY (article_id, sentence_idx) REFERENCES sentence (article_id, idx)
);

CREATE INDEX IF NOT EXISTS timex_by_value ON timex ("value");

-- version is the format of data, a list of annotate.Sentence records: 1 = gzip-compressed JSON, 2 = gzip-compressed
-- Smile, 3 = the compact format of store.CompactSentences.
CREATE TABLE IF NOT EXISTS annotation (
    article_id VARCHAR(16) NOT NULL PRIMARY KEY REFERENCES article (id),
    version    INTEGER     NOT NULL,
    data       ${binary}   NOT NULL
);

-- Version 2: the event mentions the coder found in each article, written in the transaction that stores the
-- article (or replaced as a whole by a recode). mention_idx is the text order within the article;
-- context is a comma-separated list of PLOVER contexts; date_source is 'text' or 'published';
-- status is 'asserted', 'negated' or 'hypothetical'.
CREATE TABLE IF NOT EXISTS event_mention (
    article_id   VARCHAR(16)      NOT NULL REFERENCES article (id),
    mention_idx  INTEGER          NOT NULL,
    sentence_idx INTEGER          NOT NULL,
    event        VARCHAR(16)      NOT NULL,
    mode         VARCHAR(32),
    context      VARCHAR,
    cameo        VARCHAR(8),
    goldstein    DOUBLE PRECISION NOT NULL,
    quad_code    INTEGER          NOT NULL,
    event_date   VARCHAR(32)      NOT NULL,
    date_source  VARCHAR(16)      NOT NULL,
    verb_text    VARCHAR          NOT NULL,
    verb_start   INTEGER          NOT NULL,
    verb_end     INTEGER          NOT NULL,
    char_start   INTEGER          NOT NULL,
    char_end     INTEGER          NOT NULL,
    status       VARCHAR(16)      NOT NULL,
    rule         VARCHAR,
    PRIMARY KEY (article_id, mention_idx),
    FOREIGN KEY (article_id, sentence_idx) REFERENCES sentence (article_id, idx)
);

CREATE INDEX IF NOT EXISTS event_mention_by_type ON event_mention (event, event_date);

-- role is 'actor' or 'recipient'; idx keeps the order of the actors within their role.
CREATE TABLE IF NOT EXISTS event_actor (
    article_id  VARCHAR(16) NOT NULL,
    mention_idx INTEGER     NOT NULL,
    role        VARCHAR(16) NOT NULL,
    idx         INTEGER     NOT NULL,
    code        VARCHAR(16) NOT NULL,
    sector      VARCHAR(16),
    entity_text VARCHAR     NOT NULL,
    char_start  INTEGER     NOT NULL,
    char_end    INTEGER     NOT NULL,
    resolved_by VARCHAR(16),
    PRIMARY KEY (article_id, mention_idx, role, idx),
    FOREIGN KEY (article_id, mention_idx) REFERENCES event_mention (article_id, mention_idx)
);


-- Version 3: near-duplicates and stories, written by the story step of an ingest.
-- A near-duplicate is linked to the earliest article of its group, never deleted; the scores are those of the
-- exact check (share of the smaller text's word shingles found in the other; shingle Jaccard).
CREATE TABLE IF NOT EXISTS near_duplicate (
    article_id  VARCHAR(16)      NOT NULL PRIMARY KEY REFERENCES article (id),
    original_id VARCHAR(16)      NOT NULL REFERENCES article (id),
    containment DOUBLE PRECISION NOT NULL,
    jaccard     DOUBLE PRECISION NOT NULL
);

CREATE INDEX IF NOT EXISTS near_duplicate_by_original ON near_duplicate (original_id);

-- id is the id of the founding article; merged_into names the story it was folded into (then it has no articles).
CREATE TABLE IF NOT EXISTS story (
    id          VARCHAR(16) NOT NULL PRIMARY KEY,
    label       VARCHAR     NOT NULL,
    first_date  DATE        NOT NULL,
    last_date   DATE        NOT NULL,
    articles    INTEGER     NOT NULL,
    outlets     INTEGER     NOT NULL,
    merged_into VARCHAR(16)
);

-- seq is the order in which articles were clustered: replaying it rebuilds the live stories.
CREATE TABLE IF NOT EXISTS story_article (
    article_id VARCHAR(16)      NOT NULL PRIMARY KEY REFERENCES article (id),
    story_id   VARCHAR(16)      NOT NULL REFERENCES story (id),
    seq        BIGINT           NOT NULL UNIQUE,
    score      DOUBLE PRECISION NOT NULL
);

CREATE INDEX IF NOT EXISTS story_article_by_story ON story_article (story_id, seq);

CREATE TABLE IF NOT EXISTS story_merge (
    story_id      VARCHAR(16) NOT NULL PRIMARY KEY REFERENCES story (id),
    into_story_id VARCHAR(16) NOT NULL REFERENCES story (id),
    article_id    VARCHAR(16) NOT NULL REFERENCES article (id),
    merged_on     DATE        NOT NULL
);
