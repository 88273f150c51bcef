package org.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.output.Json;

/** The API over real HTTP, against a store of the examples and one hostile article. */
@ExtendWith(ExampleServer.Resolver.class)
class StoryServerIT {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static String base;

    @BeforeAll
    static void start(ExampleServer server) {
        base = server.url();
    }

    @Test
    void findsTheConsultationOfUsaAndRussiaOnTheFirstOfFebruary() throws Exception {
        JsonNode page = json("api/events?actor=usa&recipient=RUS&type=consult&from=2022-02-01&to=2022-02-01", 200);

        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode event = page.get("items").get(0);
        assertThat(event.get("id").asText()).isEqualTo("15c32848d8f04040");
        assertThat(event.get("date").asText()).isEqualTo("2022-02-01");
        assertThat(event.get("event").asText()).isEqualTo("CONSULT");
        assertThat(event.get("mode").asText()).isEqualTo("phone");
        assertThat(event.get("cameo").asText()).isEqualTo("041");
        assertThat(event.get("goldstein").asDouble()).isEqualTo(1.0);
        assertThat(event.get("num_articles").asInt()).isEqualTo(2);
        assertThat(event.get("num_sources").asInt()).isEqualTo(2);
        assertThat(texts(event.get("mentions"), "rule"))
                .containsExactly("phone-call", "speak-with", "conversation/content=telephonic");
        assertThat(texts(event.get("mentions"), "article_id"))
                .containsExactly("4618308772022852", "4618308772022852", "6e1ec0a7f04ad91c");
    }

    @Test
    void concurrentRequestsForOneUncachedTimelineAllGetIt() throws Exception {
        String path = "api/timeline?q=Kuleba&max_dates=3";
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            responses.add(CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        String first = responses.get(0).join().body();
        assertThat(responses).allSatisfy(r -> {
            assertThat(r.join().statusCode()).isEqualTo(200);
            assertThat(r.join().body()).isEqualTo(first);
        });
        assertThat(Json.mapper().readTree(first).get("articles").asInt()).isEqualTo(2);
    }

    @Test
    void pagesTheEventsOfAnActor() throws Exception {
        JsonNode first = json("api/events?actor=USA&recipient=RUS&limit=3", 200);
        JsonNode second = json("api/events?actor=USA&recipient=RUS&limit=3&offset=3", 200);

        assertThat(first.get("total").asInt()).isEqualTo(10);
        assertThat(texts(first.get("items"), "date")).containsExactly("2022-01-05", "2022-01-06", "2022-01-21");
        assertThat(texts(second.get("items"), "date")).containsExactly("2022-01-21", "2022-01-21", "2022-02-01");
        assertThat(texts(second.get("items"), "event")).containsExactly("REQUEST", "AGREE", "CONSULT");
    }

    @Test
    void explainsOneEventWithTheRuleOfEachMention() throws Exception {
        JsonNode event = json("api/events/15c32848d8f04040", 200);

        assertThat(event.get("id").asText()).isEqualTo("15c32848d8f04040");
        assertThat(event.get("mentions").get(1).get("rule").asText()).isEqualTo("speak-with");
        assertThat(event.get("explanation").asText()).contains("speak-with");
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        assertThat(json("api/events/0000000000000000", 404).toString())
                .isEqualTo("{\"error\":\"no event 0000000000000000\"}");
        assertThat(json("api/articles/0000000000000000", 404).toString())
                .isEqualTo("{\"error\":\"no article 0000000000000000\"}");
        assertThat(json("api/stories/e94b5ae981f078b1", 404).toString())
                .isEqualTo("{\"error\":\"no such resource: /api/stories/e94b5ae981f078b1\"}");
    }

    @Test
    void showsAnArticleWithTheSpansOfItsEvents() throws Exception {
        JsonNode article = json("api/articles/4618308772022852", 200);

        assertThat(article.get("title").asText()).isEqualTo("Blinken urges Russia to de-escalate Ukraine crisis");
        assertThat(article.get("publications").get(0).get("published").asText()).isEqualTo("2022-02-01");
        assertThat(article.get("sentences")).hasSize(14);
        JsonNode sentence = article.get("sentences").get(4);
        assertThat(sentence.get("char_start").asInt()).isEqualTo(333);
        assertThat(sentence.get("char_end").asInt()).isEqualTo(572);
        List<String> spans = new ArrayList<>();
        for (JsonNode event : article.get("events")) {
            if (event.get("event_id").asText().equals("15c32848d8f04040") && event.get("sentence_index").asInt() == 4) {
                assertThat(event.get("rule").asText()).isEqualTo("speak-with");
                event.get("spans").forEach(s -> spans.add(s.get("kind").asText() + ":" + s.get("text").asText()
                        + ":" + s.get("char_start").asInt() + "-" + s.get("char_end").asInt() + ":" + s.get("value").asText()));
            }
        }
        assertThat(spans).containsExactly("actor:Antony Blinken:355-369:USA", "verb:spoke with:370-391:040",
                "recipient:Sergey Lavrov:417-430:RUS");
    }

    @Test
    void searchesArticlesWithDateFilters() throws Exception {
        JsonNode all = json("api/articles?q=Lavrov", 200);
        JsonNode firstOfFebruary = json("api/articles?q=Lavrov&from=2022-02-01&to=2022-02-01&limit=1", 200);

        assertThat(all.get("total").asInt()).isEqualTo(4);
        assertThat(texts(all.get("items"), "id"))
                .containsExactly("4618308772022852", "6e1ec0a7f04ad91c", "e87458112668c50b", "e94b5ae981f078b1");
        assertThat(all.get("items").get(0).get("snippet").asText()).contains("[[Lavrov]]");
        assertThat(firstOfFebruary.get("total").asInt()).isEqualTo(2);
        assertThat(texts(firstOfFebruary.get("items"), "id")).containsExactly("4618308772022852");
    }

    @Test
    void listsArticlesEarliestFirstAndFiltersByOutlet() throws Exception {
        JsonNode page = json("api/articles?limit=2", 200);
        JsonNode outlet = json("api/articles?outlet=" + encode("<img src=x onerror=\"window.__xss='outlet'\">"), 200);

        assertThat(page.get("total").asInt()).isEqualTo(6);
        assertThat(texts(page.get("items"), "published")).containsExactly("2021-12-15", "2022-01-06");
        assertThat(outlet.get("total").asInt()).isEqualTo(1);
        assertThat(outlet.get("items").get(0).get("title").asText())
                .isEqualTo("<script>window.__xss='title'</script>Zanzibar ferry talks");
    }

    @Test
    void buildsTheTimelineOfAQueryWithTheEventsOfEachDate() throws Exception {
        JsonNode timeline = json("api/timeline?q=Lavrov&max_dates=2&max_lines=1", 200);

        assertThat(timeline.get("articles").asInt()).isEqualTo(4);
        assertThat(texts(timeline.get("dates"), "date")).containsExactly("2022-01-21", "2022-02-01");
        JsonNode february = timeline.get("dates").get(1);
        JsonNode line = february.get("lines").get(0);
        assertThat(line.get("text").asText()).startsWith("US Secretary of State Antony Blinken spoke on Tuesday");
        assertThat(texts(line.get("sources"), "article_id")).containsExactly("4618308772022852", "6e1ec0a7f04ad91c");
        assertThat(texts(timeline.get("dates").get(0).get("event_ids"), null))
                .containsExactly("5dadd2a1e9934b4b", "b8d98559e34b92c0");
        assertThat(texts(february.get("event_ids"), null)).contains("15c32848d8f04040");
    }

    @Test
    void listsTheStoriesLatestFirstWithTheirDatesAndCounts() throws Exception {
        JsonNode first = json("api/stories?limit=2", 200);
        JsonNode last = json("api/stories?limit=2&offset=4", 200);

        assertThat(first.get("total").asInt()).isEqualTo(5);
        assertThat(texts(first.get("items"), "id")).containsExactly("e94b5ae981f078b1", "4618308772022852");
        assertThat(first.get("items").get(1).toString()).isEqualTo("{\"id\":\"4618308772022852\",\"label\":"
                + "\"Ukraine, Russia, US · state, continue, concerns\",\"first_date\":\"2022-02-01\","
                + "\"last_date\":\"2022-02-01\",\"articles\":2,\"outlets\":2}");
        assertThat(last.get("offset").asInt()).isEqualTo(4);
        assertThat(texts(last.get("items"), "id")).containsExactly("20c79b296805591b");
        assertThat(texts(last.get("items"), "first_date")).containsExactly("2021-12-15");
    }

    @Test
    void buildsTheTimelineOfOneStory() throws Exception {
        JsonNode timeline = json("api/timeline?story=4618308772022852", 200);

        assertThat(timeline.get("articles").asInt()).isEqualTo(2);
        assertThat(texts(timeline.get("dates"), "date")).containsExactly("2022-02-01");
        JsonNode first = timeline.get("dates").get(0).get("lines").get(0);
        assertThat(first.get("text").asText()).startsWith("US Secretary of State Antony Blinken spoke on Tuesday");
        assertThat(texts(first.get("sources"), "article_id")).containsExactly("4618308772022852", "6e1ec0a7f04ad91c");
        List<String> cited = new ArrayList<>();
        timeline.get("dates").forEach(date -> date.get("lines").forEach(line ->
                line.get("citations").forEach(citation -> cited.add(citation.get("article_id").asText()))));
        assertThat(cited).containsOnly("4618308772022852", "6e1ec0a7f04ad91c");
        assertThat(json("api/timeline?story=0000000000000000", 404).toString())
                .isEqualTo("{\"error\":\"no story 0000000000000000\"}");
    }

    @Test
    void drawsTheEscalationOfUsaAndRussiaByDay() throws Exception {
        JsonNode series = json("api/dyads/USA/RUS", 200);

        assertThat(series.get("direction").asText()).isEqualTo("both");
        assertThat(series.get("from").asText()).isEqualTo("2022-01-05");
        assertThat(series.get("to").asText()).isEqualTo("2022-02-17");
        assertThat(series.get("events").asInt()).isEqualTo(10);
        assertThat(series.get("buckets")).hasSize(44);
        JsonNode february = series.get("buckets").get(27);
        assertThat(february.toString()).isEqualTo("{\"start\":\"2022-02-01\",\"label\":\"2022-02-01\",\"events\":3,"
                + "\"verbal_cooperation\":1,\"material_cooperation\":0,\"verbal_conflict\":2,\"material_conflict\":0,"
                + "\"mean_goldstein\":-1.233,\"mean_intensity\":-1.0,\"rolling_goldstein\":-1.233}");
        assertThat(series.get("trend").toString()).isEqualTo("{\"window_days\":7,\"recent_goldstein\":1.0,"
                + "\"earlier_goldstein\":-1.85,\"change\":2.85,\"direction\":\"de-escalating\",\"reading\":"
                + "\"De-escalating over the last 7 days: mean Goldstein 1.00 against -1.85 before.\"}");
    }

    @Test
    void drawsTheEscalationByWeekAndInOneDirection() throws Exception {
        JsonNode weeks = json("api/dyads/USA/RUS?bucket=week&from=2022-01-24&to=2022-02-06", 200);
        JsonNode russiaOnUsa = json("api/dyads/RUS/USA?direction=forward&from=2022-01-01&to=2022-01-31", 200);

        assertThat(texts(weeks.get("buckets"), "label")).containsExactly("2022-W04", "2022-W05");
        assertThat(texts(weeks.get("buckets"), "events")).containsExactly("0", "3");
        assertThat(russiaOnUsa.get("events").asInt()).isZero();
        assertThat(russiaOnUsa.get("buckets")).hasSize(31);
        assertThat(russiaOnUsa.get("trend").get("direction").asText()).isEqualTo("unknown");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "api/events?limit=0|limit|limit must be an integer from 1 to 100, not '0'",
        "api/events?limit=101|limit|limit must be an integer from 1 to 100, not '101'",
        "api/events?offset=-1|offset|offset must be an integer from 0 to 2147483647, not '-1'",
        "api/events?from=2022-02-30|from|from must be a date YYYY-MM-DD, not '2022-02-30'",
        "api/events?from=2022-03-01&to=2022-02-01|from|from 2022-03-01 is after to 2022-02-01",
        "api/events?actor=U.S.|actor|actor must be an actor code of 2 to 12 letters or digits (e.g. USA), not 'U.S.'",
        "api/events?all=maybe|all|all must be true or false, not 'maybe'",
        "api/events/export?format=xml|format|format must be one of json, csv, tsv, not 'xml'",
        "api/events/xyz|id|an id is 16 hexadecimal digits, not 'xyz'",
        "api/articles?limit=x|limit|limit must be an integer from 1 to 100, not 'x'",
        "api/timeline?max_dates=0|max_dates|max_dates must be an integer from 1 to 100, not '0'",
        "api/timeline?max_lines=11|max_lines|max_lines must be an integer from 1 to 10, not '11'",
        "api/timeline?story=xyz|story|a story id is 16 hexadecimal digits, not 'xyz'",
        "api/stories?limit=101|limit|limit must be an integer from 1 to 100, not '101'",
        "api/dyads/USA/RUS?bucket=month|bucket|bucket must be one of day, week, not 'month'",
        "api/dyads/USA/RUS?direction=up|direction|direction must be one of both, forward, not 'up'",
        "api/dyads/USA/RUS?from=1990-01-01&to=2022-01-01|bucket|the range from 1990-01-01 to 2022-01-01 has "
            + "11689 days; at most 1100 are drawn: ask for a shorter range or bucket=week",
        "api/dyads/U/RUS|a|a must be an actor code of 2 to 12 letters or digits (e.g. USA), not 'U'",
    })
    void badParametersAreNamed(String path, String parameter, String message) throws Exception {
        JsonNode error = json(path, 400);

        assertThat(error.get("parameter").asText()).isEqualTo(parameter);
        assertThat(error.get("error").asText()).isEqualTo(message);
    }

    @Test
    void refusesAnUnknownPloverTypeListingTheKnownOnes() throws Exception {
        JsonNode error = json("api/events?type=DANCE", 400);

        assertThat(error.get("parameter").asText()).isEqualTo("type");
        assertThat(error.get("error").asText()).startsWith("type must be a PLOVER event type (").endsWith("not 'DANCE'")
                .contains("CONSULT");
    }

    @Test
    void refusesATooLongQuery() throws Exception {
        JsonNode error = json("api/articles?q=" + "a".repeat(501), 400);

        assertThat(error.toString())
                .isEqualTo("{\"error\":\"q is longer than 500 characters\",\"parameter\":\"q\"}");
    }

    @Test
    void refusesAnOverlongRequestLine() throws Exception {
        assertThat(get("api/articles?q=" + "a".repeat(9000)).statusCode()).isEqualTo(414);
    }

    @Test
    void exportsTheFilteredEventsAsFiles() throws Exception {
        HttpResponse<String> csv = get("api/events/export?format=csv&actor=USA&recipient=RUS");
        HttpResponse<String> tsv = get("api/events/export?format=tsv&actor=USA&recipient=RUS&type=CONSULT");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"events.csv\"");
        assertThat(csv.body().lines().count()).isEqualTo(11);
        assertThat(csv.body().lines().findFirst()).hasValue("id,date,date_source,actor,actor_sector,recipient,event,"
                + "mode,context,quad_code,cameo,goldstein,event_scale,num_articles,num_sources,url,status");
        assertThat(tsv.headers().firstValue("Content-Type")).hasValue("text/tab-separated-values; charset=utf-8");
        List<String> rows = tsv.body().lines().toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("GLOBALEVENTID\tSQLDATE\t");
        assertThat(rows.get(1)).startsWith("15c32848d8f04040\t20220201\t202202\t2022\t2022.1671\tUSAGOV\t")
                .contains("\t041\t041\t04\t1\t1.0\t3\t2\t2\t");
    }

    @Test
    void servesThePageEChartsAndTheApiDescription() throws Exception {
        HttpResponse<String> page = get("");
        HttpResponse<String> echarts = get("webjars/echarts/5.3.1/dist/echarts.min.js");
        JsonNode openapi = json("api/openapi.json", 200);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"app.js\" defer></script>");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self';");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.body()).contains("echarts");
        List<String> paths = new ArrayList<>();
        openapi.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactly("/api/articles", "/api/articles/{id}", "/api/events", "/api/events/export",
                "/api/events/{id}", "/api/timeline", "/api/stories", "/api/dyads/{a}/{b}");
    }

    @Test
    void apiResponsesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("api/events?limit=1");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @ParameterizedTest
    @CsvSource({
        "/../pom.xml, 400",
        "/%2e%2e/%2e%2e/pom.xml, 400",
        "/.%2e/serve/Api.class, 400",
        "/..%2fapp.js, 404",
        "/%2e%2e%2forg/storyline/serve/web/app.js, 404",
        "/%252e%252e/app.js, 404",
        "/..%5capp.js, 404",
        "/org/storyline/serve/Api.class, 404",
        "/webjars/../org/storyline/serve/Api.class, 404",
        "/webjars/%2e%2e/%2e%2e/org/storyline/serve/Api.class, 400",
        "/webjars/echarts/5.3.1/../../../../org/storyline/serve/Api.class, 400",
        "/api/../app.js, 404",
    })
    void staticFilesCannotBeReadOutsideTheirFolder(String path, int status) throws Exception {
        HttpResponse<String> response = get(path.substring(1));

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("<project").doesNotContain("'use strict'")
                .doesNotContain("SourceFile");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return Json.mapper().readTree(response.body());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(field == null ? node.asText() : node.get(field).asText()));
        return values;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
