package org.storyline.serve;

/**
 * A request the API refuses: the HTTP status, a message for people and, for a bad parameter, its name. Immutable
 * and thread-safe.
 */
final class ApiException extends RuntimeException {
    private final int status;
    private final String parameter;

    private ApiException(int status, String message, String parameter) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    /** 400: the parameter is malformed or out of range. */
    static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, message, parameter);
    }

    /** 404: nothing with that id. */
    static ApiException notFound(String message) {
        return new ApiException(404, message, null);
    }

    int status() {
        return status;
    }

    /** The offending parameter, or null. */
    String parameter() {
        return parameter;
    }
}
