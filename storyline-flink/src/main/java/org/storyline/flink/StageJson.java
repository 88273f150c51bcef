package org.storyline.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.storyline.ingest.Article;

/**
 * The records that travel between the job's operators, as JSON. Flink moves plain strings between machines
 * without any serializer of ours to keep in step with the records, and the JSON is that of the records themselves.
 * Thread-safe.
 */
public final class StageJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StageJson() {
    }

    /** An article as JSON. */
    public static String article(Article article) {
        return write(article);
    }

    /** The article of {@link #article(Article)}. */
    public static Article article(String json) {
        return read(json, Article.class);
    }

    /** A coded article as JSON. */
    public static String coded(CodedArticle coded) {
        return write(coded);
    }

    /** The coded article of {@link #coded(CodedArticle)}. */
    public static CodedArticle coded(String json) {
        return read(json, CodedArticle.class);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName() + " from JSON", e);
        }
    }
}
