package org.storyline.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The figures of the reliability suite: each slow class records one row, and {@code target/reliability.md} is
 * written again from every row recorded so far, so one {@code mvn verify} run of the suite leaves the whole table.
 * Safe to call from several threads (rows are written under a lock).
 */
final class Figures {
    private static final Path ROWS = Path.of("target", "reliability");
    private static final Path TABLE = Path.of("target", "reliability.md");

    private Figures() {
    }

    /**
     * One row of the table.
     *
     * @param suite      the test class
     * @param inputs     inputs tried (files, documents or operations)
     * @param crashes    runs that ended other than with a clean exit code and message
     * @param lost       articles missing afterwards
     * @param duplicates articles or publications stored twice
     * @param killRounds kill -9 rounds survived, or "-"
     * @param wrkErrors  failed requests under a wrk load (socket errors, timeouts, non-2xx answers), or "-"
     * @param notes      what the row measured, and the wall time
     */
    record Row(String suite, int inputs, int crashes, int lost, int duplicates, String killRounds, String wrkErrors,
               String notes) {
        String tsv() {
            return String.join("\t", suite, Integer.toString(inputs), Integer.toString(crashes),
                    Integer.toString(lost), Integer.toString(duplicates), killRounds, wrkErrors, notes);
        }

        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            // Rows left in target/ by a run before the wrk column existed have no wrk field.
            boolean withWrk = f.length > 7;
            return new Row(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), f[5], withWrk ? f[6] : "-", f[withWrk ? 7 : 6]);
        }
    }

    /** Records a row (replacing an earlier one of the same suite) and writes the table again. */
    static synchronized void record(Row row) throws IOException {
        Files.createDirectories(ROWS);
        Files.writeString(ROWS.resolve(row.suite() + ".tsv"), row.tsv() + "\n", StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROWS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                rows.add(Row.parse(Files.readString(file, StandardCharsets.UTF_8).strip()));
            }
        }
        StringBuilder table = new StringBuilder("| suite | inputs tried | crashes | articles lost | duplicates "
                + "| kill -9 rounds survived | wrk errors | notes |\n| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
        int inputs = 0;
        int crashes = 0;
        int lost = 0;
        int duplicates = 0;
        for (Row r : rows) {
            table.append("| ").append(String.join(" | ", r.suite(), Integer.toString(r.inputs()),
                    Integer.toString(r.crashes()), Integer.toString(r.lost()), Integer.toString(r.duplicates()),
                    r.killRounds(), r.wrkErrors(), r.notes())).append(" |\n");
            inputs += r.inputs();
            crashes += r.crashes();
            lost += r.lost();
            duplicates += r.duplicates();
        }
        table.append("| **total** | ").append(inputs).append(" | ").append(crashes).append(" | ").append(lost)
                .append(" | ").append(duplicates).append(" | | | |\n");
        Files.writeString(TABLE, table.toString(), StandardCharsets.UTF_8);
    }
}
