package org.storyline.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Opening input files, gunzipping them when they are gzip. Stateless and thread-safe. */
final class InputFiles {
    /** How much of a file detection looks at. */
    static final int HEAD_SIZE = 8 * 1024;

    /** Text inputs are read whole; the cap keeps a gzip bomb or a stray huge file from exhausting the heap. */
    static final int MAX_TEXT_BYTES = 64 * 1024 * 1024;

    private InputFiles() {
    }

    /** The file's content, gunzipped when it starts with the gzip magic number. */
    static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        try {
            if (isGzip(in)) {
                return new BufferedInputStream(new GZIPInputStream(in));
            }
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Up to {@link #HEAD_SIZE} first bytes of the (gunzipped) content; of a truncated gzip, what could be
     * gunzipped, so the format is still detected and its reader reports the damage where it is.
     */
    static byte[] head(Path file) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try (InputStream in = open(file)) {
            byte[] buffer = new byte[HEAD_SIZE];
            int read;
            while (head.size() < HEAD_SIZE && (read = in.read(buffer, 0, HEAD_SIZE - head.size())) > 0) {
                head.write(buffer, 0, read);
            }
        } catch (EOFException e) {
            return head.toByteArray();
        }
        return head.toByteArray();
    }

    /** The whole (gunzipped) content, refused past {@link #MAX_TEXT_BYTES}. */
    static byte[] readAll(Path file) throws IOException, InputException {
        try (InputStream in = open(file)) {
            byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
            if (bytes.length > MAX_TEXT_BYTES) {
                throw new InputException("file larger than " + (MAX_TEXT_BYTES >> 20) + " MiB");
            }
            return bytes;
        }
    }

    /** The whole content as text, see {@link Texts#decode(byte[])}. */
    static String readText(Path file) throws IOException, InputException {
        return Texts.decode(readAll(file));
    }

    /** The file name without a trailing {@code .gz}, lower case, for tie-breaking on extensions. */
    static String plainName(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }
}
