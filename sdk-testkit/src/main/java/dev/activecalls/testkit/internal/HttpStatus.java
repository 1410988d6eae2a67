package dev.activecalls.testkit.internal;

import java.util.Locale;

/** Reason phrases and error codes derived from HTTP status codes. */
public final class HttpStatus {
  private HttpStatus() {}

  /**
   * Returns the standard reason phrase of a status code.
   *
   * @param status an HTTP status code
   * @return the phrase, e.g. {@code "Too Many Requests"}, or {@code "Error"} if unknown
   */
  public static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 409 -> "Conflict";
      case 422 -> "Unprocessable Entity";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "Status " + status;
    };
  }

  /**
   * Returns an upper snake case error code for a status, e.g. {@code TOO_MANY_REQUESTS}.
   *
   * @param status an HTTP status code
   * @return the code derived from the reason phrase
   */
  public static String code(int status) {
    return reason(status).toUpperCase(Locale.ROOT).replace(' ', '_');
  }
}
