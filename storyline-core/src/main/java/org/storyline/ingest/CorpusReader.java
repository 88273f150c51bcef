package org.storyline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.storyline.util.Validate;

/**
 * Reads a corpus: expands files and folders into input files, recognises each file's format from its content
 * and reads it with the matching {@link ArticleReader}. Bad input never stops the run: every file, line or
 * record that cannot be read is reported as a {@link Skip}. Stateless and thread-safe; files may be read in
 * parallel.
 */
public final class CorpusReader {
    /** Why a text file none of the readers recognises was skipped; plain text without a date is the usual case. */
    static final String UNRECOGNISED = "unrecognised format: no publication date found (expected a first line"
            + " ' date YYYY-MM-DD', YAML front matter with a date, JSONL, HTML, RSS/Atom or WARC)";

    private final List<ArticleReader> readers;

    /** A corpus reader for every supported format. */
    public CorpusReader() {
        this(List.of(new WarcFileReader(), new FeedReader(), new HtmlPageReader(), new MarkdownReader(),
                new SeedTextReader(), new JsonLinesReader()));
    }

    /**
     * A corpus reader for the given formats. Detection asks them in this order, so a reader with a more specific
     * signature must come before a more lenient one.
     */
    public CorpusReader(List<ArticleReader> readers) {
        this.readers = List.copyOf(Validate.notEmpty(readers, "readers"));
    }

    /**
     * The input files under the given roots: folders are expanded recursively, hidden files and folders
     * ({@code .}-prefixed) are left out, symbolic links are followed without looping, and each file is listed
     * once. Files under one root are sorted by path; roots keep their order. A missing root and a link whose
     * target is missing or a link again (a cycle) are reported as skips.
     */
    public List<Path> listFiles(List<Path> roots, Consumer<Skip> skips) {
        Validate.notNull(roots, "roots");
        Validate.notNull(skips, "skips");
        Set<Path> listed = new LinkedHashSet<>();
        Set<Path> realPaths = new HashSet<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                skips.accept(new Skip(root.toString(), "no such file or directory"));
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new Lister(root, found, skips));
            } catch (IOException e) {
                skips.accept(new Skip(root.toString(), "cannot list: " + e.getMessage()));
            }
            found.sort(Comparator.comparing(Path::toString));
            for (Path file : found) {
                if (realPaths.add(realPath(file))) {
                    listed.add(file);
                }
            }
        }
        return List.copyOf(listed);
    }

    /**
     * Reads one file in the format detected from its content. Never throws for bad input: an empty, binary,
     * unrecognised or unreadable file, and anything its reader fails on, becomes a skip naming the file.
     */
    public void readFile(Path file, Consumer<Article> articles, Consumer<Skip> skips) {
        Validate.notNull(file, "file");
        Validate.notNull(articles, "articles");
        Validate.notNull(skips, "skips");
        String location = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                skips.accept(new Skip(location, Files.exists(file) ? "not a regular file" : "no such file or directory"));
                return;
            }
            byte[] head = InputFiles.head(file);
            Optional<String> problem = contentProblem(file, head);
            if (problem.isPresent()) {
                skips.accept(new Skip(location, problem.get()));
                return;
            }
            Optional<ArticleReader> reader = detect(file, head);
            if (reader.isEmpty()) {
                skips.accept(new Skip(location, Texts.isUtf8Head(head) ? UNRECOGNISED : "not valid UTF-8 text"));
                return;
            }
            reader.get().read(file, articles, skips);
        } catch (AccessDeniedException e) {
            skips.accept(new Skip(location, "permission denied"));
        } catch (IOException | UncheckedIOException e) {
            skips.accept(new Skip(location, "cannot read: " + e.getMessage()));
        } catch (RuntimeException e) {
            skips.accept(new Skip(location, "failed to read (" + e.getClass().getSimpleName() + "): " + e.getMessage()));
        } catch (StackOverflowError e) {
            // A parser recursing on pathological nesting: the file is lost, the ingest goes on.
            skips.accept(new Skip(location, "too deeply nested to read"));
        }
    }

    /** The reader for this file's format, or empty when no reader recognises its content. */
    public Optional<ArticleReader> detect(Path file) throws IOException {
        Validate.notNull(file, "file");
        return detect(file, InputFiles.head(file));
    }

    private Optional<ArticleReader> detect(Path file, byte[] head) {
        return readers.stream().filter(reader -> reader.recognizes(file, head)).findFirst();
    }

    /** Why the content cannot be any format at all, if so. */
    private static Optional<String> contentProblem(Path file, byte[] head) throws IOException {
        if (isWarc(head)) {
            return Optional.empty();
        }
        if (Texts.isBlank(Texts.headText(head)) && isBlankThroughout(file)) {
            return Optional.of("empty file");
        }
        if (!hasTextBom(head) && containsNul(head)) {
            return Optional.of("binary file");
        }
        return Optional.empty();
    }

    private static boolean isBlankThroughout(Path file) throws IOException {
        try {
            return Texts.isBlank(InputFiles.readText(file));
        } catch (InputException e) {
            return false;
        }
    }

    private static boolean isWarc(byte[] head) {
        return head.length >= 5 && new String(head, 0, 5, StandardCharsets.US_ASCII).equals("WARC/");
    }

    private static boolean hasTextBom(byte[] head) {
        return head.length >= 2 && ((head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe
                || (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff);
    }

    private static boolean containsNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** Collects regular files, leaving out hidden ones and reporting what cannot be visited. */
    private static final class Lister extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> found;
        private final Consumer<Skip> skips;

        Lister(Path root, List<Path> found, Consumer<Skip> skips) {
            this.root = root;
            this.found = found;
            this.skips = skips;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (!file.equals(root) && isHidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attributes.isRegularFile()) {
                found.add(file);
            } else if (attributes.isSymbolicLink()) {
                // Files.walkFileTree gives a link's own attributes when its target cannot be reached.
                skips.accept(new Skip(file.toString(), "broken symbolic link"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            // Files.walkFileTree reports a symbolic link cycle here; the cycle's files are listed once already.
            if (!(e instanceof FileSystemLoopException)) {
                skips.accept(new Skip(file.toString(), "cannot read: " + e.getMessage()));
            }
            return FileVisitResult.CONTINUE;
        }

        private static boolean isHidden(Path path) {
            Path name = path.getFileName();
            return name != null && name.toString().startsWith(".");
        }
    }
}
