package dev.activecalls.core.testsupport;

import java.util.List;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * One try of the hostile-body property: what the server answers, and how the body was made.
 *
 * @param status the HTTP status
 * @param retryAfter the {@code Retry-After} header, or null for none
 * @param body the body, valid JSON or not
 * @param steps how the body was made, one step an entry
 */
record HostileCase(int status, @Nullable String retryAfter, String body, List<String> steps) {
  /** Returns the answer the server sends: this status, header and body, as JSON. */
  MockResponse response() {
    MockResponse.Builder response = new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(body);
    if (retryAfter != null) {
      response.setHeader("Retry-After", retryAfter);
    }
    return response.build();
  }

  /**
   * Describes this try for a failure report, on one line.
   *
   * @param seed the try's seed, which reproduces it
   * @return the seed, status, header, steps and an excerpt of the body
   */
  String describe(long seed) {
    return "seed " + seed + ", HTTP " + status
        + (retryAfter == null ? "" : ", Retry-After '" + retryAfter + "'")
        + ", " + String.join("; ", steps) + ", body (" + body.length() + " chars) "
        + Excerpt.of(body, 400);
  }
}
