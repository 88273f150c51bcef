package org.storyline.serve;

/**
 * The body of an error response. Immutable and thread-safe.
 *
 * @param error     what is wrong, for people
 * @param parameter the query or path parameter at fault, or null
 */
public record ApiError(String error, String parameter) {
}
