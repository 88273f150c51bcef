package org.storyline.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.storyline.output.Json;
import org.storyline.store.ArticleStore;
import org.storyline.store.StoryStore;
import org.storyline.util.Validate;

/**
 * The story page and its JSON API over one store, on one host and port. The server only reads the store; the page
 * and ECharts are served from the classpath. Safe to share between threads; {@link #close()} stops it.
 */
public final class StoryServer implements AutoCloseable {
    /** Largest request body accepted; the API has only GET requests. */
    static final long MAX_REQUEST_BYTES = 16 * 1024;
    /** Largest request line and headers. */
    static final int MAX_HEADER_BYTES = 8 * 1024;

    /** What every response says about how the browser may use it: scripts only from this server, no framing. */
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
                    + "frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    /** Marks a request whose error the API has already answered, so the generic 404 leaves it alone. */
    private static final String ANSWERED = "storyline.answered";

    private final Javalin app;
    private final String host;
    private final int events;

    private StoryServer(Javalin app, String host, int events) {
        this.app = app;
        this.host = host;
        this.events = events;
    }

    /**
     * Reads the store's events and starts serving.
     *
     * @param store an open store of articles and stories; it stays open, owned by the caller, and must outlive the
     *              server
     * @param <S>   a store of both
     * @param host  the address to bind (loopback unless the user asks otherwise)
     * @param port  the port, or 0 for any free one
     */
    public static <S extends ArticleStore & StoryStore> StoryServer start(S store, String host, int port) {
        Validate.notNull(store, "store");
        Validate.notBlank(host, "host");
        Validate.isTrue(port >= 0 && port <= 65535, "port must be 0 to 65535, got " + port);
        Map<String, String> originalOf = store.nearDuplicateOriginals();
        EventCatalog catalog = EventCatalog.load(store, originalOf);
        Api api = new Api(store, store, catalog, originalOf);
        api.warmUp();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_HEADER_BYTES));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/storyline/serve/web";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
            config.staticFiles.enableWebjars();
            config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
            config.routes.get("/api/articles", ctx -> json(ctx, api.articles(params(ctx))));
            config.routes.get("/api/articles/{id}", ctx -> json(ctx, api.article(ctx.pathParam("id"))));
            config.routes.get("/api/events", ctx -> json(ctx, api.events(params(ctx))));
            config.routes.get("/api/events/export", ctx -> {
                Api.Export export = api.export(params(ctx));
                ctx.contentType(export.contentType())
                        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                        .result(export.body());
            });
            config.routes.get("/api/events/{id}", ctx -> json(ctx, api.event(ctx.pathParam("id"))));
            config.routes.get("/api/timeline", ctx -> json(ctx, api.timeline(params(ctx))));
            config.routes.get("/api/stories", ctx -> json(ctx, api.stories(params(ctx))));
            config.routes.get("/api/dyads/{a}/{b}",
                    ctx -> json(ctx, api.dyad(ctx.pathParam("a"), ctx.pathParam("b"), params(ctx))));
            config.routes.exception(ApiException.class, (e, ctx) ->
                    error(ctx, e.status(), new ApiError(e.getMessage(), e.parameter())));
            config.routes.exception(Exception.class, (e, ctx) ->
                    error(ctx, 500, new ApiError("internal error: " + e.getClass().getSimpleName(), null)));
            config.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.attribute(ANSWERED) == null) {
                    error(ctx, 404, new ApiError("no such resource: " + ctx.path(), null));
                }
            });
        });
        app.start(host, port);
        return new StoryServer(app, host, catalog.size());
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The address of the page. */
    public String url() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    /** Number of events (of every status) the server holds. */
    public int events() {
        return events;
    }

    /** Stops the server; the store stays open. */
    @Override
    public void close() {
        app.stop();
    }

    private static Params params(Context ctx) {
        return new Params(ctx.queryParamMap());
    }

    private static void json(Context ctx, Object body) throws JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8").result(Json.mapper().writeValueAsString(body));
    }

    private static void error(Context ctx, int status, ApiError body) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        try {
            ctx.status(status);
            json(ctx, body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error record is always JSON", e);
        }
    }
}
