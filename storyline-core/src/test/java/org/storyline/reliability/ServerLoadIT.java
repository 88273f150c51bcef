package org.storyline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.serve.StoryServer;
import org.storyline.store.EmbeddedStore;

/**
 * The server under load: {@code wrk} (the Debian package; {@code .ci/run} installs it) with 2 threads and 50
 * connections for 60 s against the API over a store of the examples, cycling through the timeline, the escalation
 * series, events, search and stories, starting cold (nothing cached). Every request must be answered with 2xx
 * within wrk's 2 s timeout, and the live heap after the run must not have grown by more than the caches hold.
 */
class ServerLoadIT {
    private static final List<String> PATHS = List.of("/api/timeline?q=Russia", "/api/dyads/USA/RUS?bucket=week",
            "/api/timeline", "/api/events?limit=50", "/api/articles?q=Lavrov", "/api/stories",
            "/api/dyads/RUS/UKR?bucket=day");
    private static final long MAX_HEAP_GROWTH = 64L << 20;
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

    @Test
    void fiftyConnectionsForAMinuteGetEveryAnswerAndLeaveTheHeapAsItWas(@TempDir Path dir) throws Exception {
        assumeTrue(wrkInstalled(), "wrk is not installed (apt-get install wrk)");
        Path storeDir = dir.resolve("store");
        Cli ingest = Cli.run("ingest", "--store", storeDir.toString(), "../examples");
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        Path script = dir.resolve("paths.lua");
        Files.writeString(script, luaCycling(PATHS), StandardCharsets.UTF_8);

        String report;
        long before;
        long after;
        try (EmbeddedStore store = EmbeddedStore.open(storeDir);
             StoryServer server = StoryServer.start(store, "127.0.0.1", 0)) {
            before = liveHeap();
            Process wrk = new ProcessBuilder("wrk", "-t2", "-c50", "-d60s", "--latency", "-s", script.toString(),
                    server.url()).redirectErrorStream(true).start();
            report = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(wrk.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(wrk.exitValue()).as(report).isZero();
            after = liveHeap();
        }
        long requests = Long.parseLong(find(REQUESTS, report, 1));
        long socketErrors = 0;
        Matcher socket = SOCKET_ERRORS.matcher(report);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                socketErrors += Long.parseLong(socket.group(group));
            }
        }
        Matcher non2xx = NON_2XX.matcher(report);
        long failed = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        Figures.record(new Figures.Row("ServerLoadIT", (int) Math.min(Integer.MAX_VALUE, requests), 0, 0, 0, "-",
                Long.toString(socketErrors + failed), String.format(Locale.ROOT, "wrk -t2 -c50 -d60s over %d API "
                        + "paths of the examples' store, cold start: %s requests/s, latency p50 %s, p99 %s; live heap "
                        + "%d MB before, %d MB after", PATHS.size(), find(RATE, report, 1), percentile(report, "50"),
                        percentile(report, "99"), before >> 20, after >> 20)));

        assertThat(requests).as(report).isPositive();
        assertThat(socketErrors).as(report).isZero();
        assertThat(failed).as(report).isZero();
        assertThat(after - before).as("live heap growth, bytes").isLessThan(MAX_HEAP_GROWTH);
    }

    private static boolean wrkInstalled() {
        try {
            Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor(10, TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A wrk script whose every thread asks for the paths in turn. */
    private static String luaCycling(List<String> paths) {
        StringBuilder lua = new StringBuilder("local paths = {");
        for (String path : paths) {
            lua.append('"').append(path).append("\", ");
        }
        return lua.append("}\nlocal turn = 0\nrequest = function()\n  turn = turn % #paths + 1\n"
                + "  return wrk.format(\"GET\", paths[turn])\nend\n").toString();
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String percentile(String report, String percent) {
        return find(Pattern.compile("\\s" + percent + "%\\s+(\\S+)"), report, 1);
    }

    private static String find(Pattern pattern, String report, int group) {
        Matcher m = pattern.matcher(report);
        assertThat(m.find()).as(pattern + " in " + report).isTrue();
        return m.group(group);
    }
}
