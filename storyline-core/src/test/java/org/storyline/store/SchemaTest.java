package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {
    @Test
    void theScriptIsSplitIntoStatementsWithoutComments() {
        List<String> statements = Schema.statements(SqlDialect.H2);

        assertThat(statements).extracting(s -> s.lines().findFirst().orElseThrow()).containsExactly(
                "CREATE TABLE IF NOT EXISTS article (",
                "CREATE INDEX IF NOT EXISTS article_by_date ON article (first_published, id)",
                "CREATE TABLE IF NOT EXISTS publication (",
                "CREATE TABLE IF NOT EXISTS sentence (",
                "CREATE TABLE IF NOT EXISTS timex (",
                "CREATE INDEX IF NOT EXISTS timex_by_value ON timex (\"value\")",
                "CREATE TABLE IF NOT EXISTS annotation (",
                "CREATE TABLE IF NOT EXISTS event_mention (",
                "CREATE INDEX IF NOT EXISTS event_mention_by_type ON event_mention (event, event_date)",
                "CREATE TABLE IF NOT EXISTS event_actor (",
                "CREATE TABLE IF NOT EXISTS near_duplicate (",
                "CREATE INDEX IF NOT EXISTS near_duplicate_by_original ON near_duplicate (original_id)",
                "CREATE TABLE IF NOT EXISTS story (",
                "CREATE TABLE IF NOT EXISTS story_article (",
                "CREATE INDEX IF NOT EXISTS story_article_by_story ON story_article (story_id, seq)",
                "CREATE TABLE IF NOT EXISTS story_merge (");
        assertThat(statements).noneMatch(s -> s.contains("--") || s.endsWith(";"));
    }

    @Test
    void theBinaryTypeFollowsTheDialect() {
        assertThat(Schema.statements(SqlDialect.H2).get(6))
                .contains("data       BINARY VARYING   NOT NULL").doesNotContain("${");
        assertThat(Schema.statements(SqlDialect.POSTGRESQL).get(7))
                .contains("data       BYTEA   NOT NULL").doesNotContain("${");
    }

    @Test
    void onlyPostgresqlHasATextSearchIndex() {
        assertThat(Schema.statements(SqlDialect.POSTGRESQL).get(2)).isEqualTo("CREATE INDEX IF NOT EXISTS "
                + "article_text_search ON article USING GIN ((setweight(to_tsvector('english', COALESCE(title, '')), "
                + "'A') || setweight(to_tsvector('english', text), 'B')))");
        assertThat(Schema.statements(SqlDialect.POSTGRESQL)).hasSize(Schema.statements(SqlDialect.H2).size() + 1);
    }
}
