package org.storyline.ingest;

/**
 * An input that was not read, and why. Shown to the user as {@code location: reason}.
 *
 * @param location the file, with {@code :line} (or {@code #record}) when the problem is inside it
 * @param reason   a short, plain-words reason (e.g. "no publication date", "not UTF-8 text")
 */
public record Skip(String location, String reason) {
    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
