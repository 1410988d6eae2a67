package dev.activecalls.testkit.internal;

import org.jspecify.annotations.Nullable;

/** What one fake vendor adds to the shared engine: its auth check, its routes and its errors. */
public interface VendorRoutes {

  /**
   * Checks the credentials a request carries.
   *
   * @param exchange the request
   * @return true if the request may reach the routes; false answers {@code error(401, ...)}
   */
  boolean authenticated(Exchange exchange);

  /**
   * Answers an authenticated request.
   *
   * @param exchange the request
   * @return the reply, including this vendor's 404 for unknown paths
   */
  Reply route(Exchange exchange);

  /**
   * Builds this vendor's error reply for a status, as its real API writes it.
   *
   * @param status the HTTP status, 400 or above
   * @param message the message, or null for the vendor's usual text for that status
   * @param retryAfterSeconds the retry delay to announce in the body, if the vendor does so
   * @param exchange the request being answered
   * @return the error reply
   */
  Reply error(int status, @Nullable String message, @Nullable Long retryAfterSeconds,
      Exchange exchange);
}
