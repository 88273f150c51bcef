package org.storyline.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The code tables of event coding: every CAMEO code with its name and Goldstein score, CAMEO to PLOVER (type, mode,
 * contexts), and each PLOVER type's quad class and conflict-cooperation score. Read once from the tab-separated
 * files in {@code org/storyline/code/tables/}, each of which documents its own columns and sources. Immutable
 * and thread-safe.
 */
public final class CodeTables {
    static final String CAMEO = "cameo.tsv";
    static final String CAMEO_PLOVER = "cameo-plover.tsv";
    static final String TYPES = "plover-types.tsv";
    static final String MODE_SCALES = "plover-mode-scales.tsv";
    static final String LABELS = "plover-labels.tsv";

    private final Map<String, CameoCode> cameo;
    private final Map<String, PloverMapping> mappings;
    private final Map<String, PloverType> types;
    private final Map<String, Double> modeScales;
    private final Map<String, String> labels;

    private CodeTables(Map<String, CameoCode> cameo, Map<String, PloverMapping> mappings,
                       Map<String, PloverType> types, Map<String, Double> modeScales, Map<String, String> labels) {
        this.cameo = Collections.unmodifiableMap(cameo);
        this.mappings = Collections.unmodifiableMap(mappings);
        this.types = Collections.unmodifiableMap(types);
        this.modeScales = Collections.unmodifiableMap(modeScales);
        this.labels = Collections.unmodifiableMap(labels);
    }

    /** The tables shipped with Storyline, read on first use. */
    public static CodeTables standard() {
        return Standard.TABLES;
    }

    /** The CAMEO code, if it is in the codebook. */
    public Optional<CameoCode> cameo(String code) {
        return Optional.ofNullable(code == null ? null : cameo.get(code.strip()));
    }

    /** Every CAMEO code of the codebook, in codebook order. */
    public Collection<CameoCode> cameoCodes() {
        return cameo.values();
    }

    /**
     * The PLOVER equivalent of a CAMEO code. A code without a row of its own takes its parent's row ({@code 0215}
     * takes {@code 021}), and a root code its {@code 0} row ({@code 04} takes {@code 040}). Empty for codes PLOVER
     * drops (the public statements of root {@code 01}, except {@code 016} denials) and for unknown codes.
     */
    public Optional<PloverMapping> plover(String cameoCode) {
        if (cameoCode == null || !cameoCode.strip().matches("\\d{2,4}")) {
            return Optional.empty();
        }
        String code = cameoCode.strip();
        if (code.length() == 2) {
            code = code + "0";
        }
        while (code.length() >= 3) {
            PloverMapping mapping = mappings.get(code);
            if (mapping != null) {
                return Optional.of(mapping);
            }
            code = code.length() == 3 ? "" : code.substring(0, code.length() - 1);
        }
        return Optional.empty();
    }

    /**
     * The PLOVER type named by {@code label}, in any letter case. Older names of the 0.5 gold records
     * ({@code DEMAND}, {@code DISAPPROVE}, {@code INVESTIGATE}, {@code FIGHT}) give the type they became.
     */
    public Optional<PloverType> ploverType(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String name = label.strip().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(types.get(labels.getOrDefault(name, name)));
    }

    /** Every PLOVER event type, in the manual's order (cooperation first). */
    public Collection<PloverType> ploverTypes() {
        return types.values();
    }

    /**
     * The quad class of a PLOVER type: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
     * conflict.
     *
     * @throws IllegalArgumentException for a name that is not a PLOVER type
     */
    public int quadCode(String ploverType) {
        return type(ploverType).quadCode();
    }

    /**
     * The PLOVER conflict-cooperation score (the {@code event_scale} of a PLOVER record), -10 to +10: the score of the
     * type with that mode when the manual gives one, else the score of the type.
     *
     * @param ploverType a PLOVER type
     * @param mode       its mode, or null
     * @throws IllegalArgumentException for a name that is not a PLOVER type
     */
    public double intensity(String ploverType, String mode) {
        PloverType type = type(ploverType);
        if (mode != null) {
            Double scale = modeScales.get(modeKey(type.name(), mode.strip().toLowerCase(Locale.ROOT)));
            if (scale != null) {
                return scale;
            }
        }
        return type.eventScale();
    }

    private PloverType type(String name) {
        return ploverType(name).orElseThrow(() -> new IllegalArgumentException("not a PLOVER event type: " + name));
    }

    private static String modeKey(String type, String mode) {
        return type + ":" + mode;
    }

    /** Reads the tables from the files that {@code open} gives by name; a bad row fails naming file and line. */
    static CodeTables load(Function<String, InputStream> open) {
        Map<String, CameoCode> cameo = new LinkedHashMap<>();
        for (Row row : rows(open, CAMEO, 3)) {
            CameoCode code = row.parse(() -> new CameoCode(row.cell(0), row.cell(2), Double.parseDouble(row.cell(1))));
            row.check(cameo.put(code.code(), code) == null, "CAMEO code listed twice: " + code.code());
        }
        Map<String, PloverType> types = new LinkedHashMap<>();
        for (Row row : rows(open, TYPES, 3)) {
            PloverType type = row.parse(() -> new PloverType(row.cell(0), Integer.parseInt(row.cell(1)),
                    Double.parseDouble(row.cell(2))));
            row.check(types.put(type.name(), type) == null, "PLOVER type listed twice: " + type.name());
        }
        Map<String, PloverMapping> mappings = new LinkedHashMap<>();
        for (Row row : rows(open, CAMEO_PLOVER, 5)) {
            row.check(types.containsKey(row.cell(1)), "not a PLOVER type: " + row.cell(1));
            row.check(row.cell(4).equals("plover") || row.cell(4).equals("storyline"),
                    "origin must be plover or storyline: " + row.cell(4));
            List<String> context = row.cell(3).equals("-") ? List.of() : Arrays.asList(row.cell(3).split(","));
            PloverMapping mapping = row.parse(() -> new PloverMapping(row.cell(0), row.cell(1),
                    row.cell(2).equals("-") ? null : row.cell(2), context, row.cell(4).equals("storyline")));
            row.check(mapping.cameo().matches("\\d{3,4}"), "CAMEO code must be 3 or 4 digits: " + mapping.cameo());
            row.check(mappings.put(mapping.cameo(), mapping) == null, "CAMEO code listed twice: " + mapping.cameo());
        }
        Map<String, Double> modeScales = new LinkedHashMap<>();
        for (Row row : rows(open, MODE_SCALES, 3)) {
            row.check(types.containsKey(row.cell(0)), "not a PLOVER type: " + row.cell(0));
            double scale = row.parse(() -> Double.parseDouble(row.cell(2)));
            row.check(modeScales.put(modeKey(row.cell(0), row.cell(1)), scale) == null,
                    "mode listed twice: " + row.cell(0) + " " + row.cell(1));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (Row row : rows(open, LABELS, 2)) {
            row.check(types.containsKey(row.cell(1)), "not a PLOVER type: " + row.cell(1));
            labels.put(row.cell(0), row.cell(1));
        }
        return new CodeTables(cameo, mappings, types, modeScales, labels);
    }

    private static List<Row> rows(Function<String, InputStream> open, String file, int columns) {
        InputStream in = open.apply(file);
        if (in == null) {
            throw new IllegalStateException(file + ": code table not found");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().toList();
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Row row = new Row(file, i + 1, line.split("\t", -1));
                row.check(row.cells.length == columns,
                        "expected " + columns + " tab-separated columns, found " + row.cells.length);
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** One data line of a table, for error messages that name the file and line. */
    private record Row(String file, int line, String[] cells) {
        String cell(int index) {
            return cells[index].strip();
        }

        void check(boolean condition, String problem) {
            if (!condition) {
                throw new IllegalStateException(file + ":" + line + ": " + problem);
            }
        }

        <T> T parse(Supplier<T> value) {
            try {
                return value.get();
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + ":" + line + ": " + e.getMessage(), e);
            }
        }
    }

    /** Holder: the shipped tables are read when first asked for, once. */
    private static final class Standard {
        static final CodeTables TABLES = load(name -> CodeTables.class.getResourceAsStream("tables/" + name));
    }
}
