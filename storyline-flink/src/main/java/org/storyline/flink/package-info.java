/**
 * Storyline's ingest as an Apache Flink DataStream job: the same stage classes as the local runner (read,
 * annotate, code, store), partitioned by article so a cluster scales it out.
 *
 * <p>Extension points not built yet: a Kafka topic of article JSON is another source feeding {@link ArticleRecord}s
 * into the same keyed stream (Flink's Kafka connector, articles as {@link StageJson}); OpenSearch or a shared Lucene
 * index is another sink beside {@link StoreSink}, fed by the same {@link CodedRecord}s.
 */
package org.storyline.flink;
