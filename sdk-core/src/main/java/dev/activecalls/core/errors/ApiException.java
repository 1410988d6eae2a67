package dev.activecalls.core.errors;

import java.time.Duration;
import java.util.Optional;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The vendor answered with an error. Subclasses name the meaning of the status; this type carries
 * everything the vendor said: status, headers, a bounded body, the vendor's error code and
 * message, and the request id to quote to the vendor's support.
 */
public class ApiException extends ActiveCallsException {
  private static final long serialVersionUID = 1L;

  private final transient ApiError error;

  /**
   * Creates the exception for one failed answer.
   *
   * @param error what the vendor answered
   */
  public ApiException(ApiError error) {
    super(error.describe(), null);
    this.error = error;
  }

  /**
   * Returns the subclass of {@link ApiException} that names the meaning of {@code
   * classifyAs}: 400, 401, 403, 404, 409, 422, 429 and 5xx have their own; anything else is an
   * {@link UnexpectedStatusException}.
   *
   * @param error what the vendor answered
   * @param classifyAs the status whose meaning applies; usually {@code error.statusCode()}, but a
   *     vendor that reports an error inside a 200 body passes the status the error means
   * @return the exception to throw
   */
  public static ApiException of(ApiError error, int classifyAs) {
    return switch (classifyAs) {
      case 400 -> new BadRequestException(error);
      case 401 -> new AuthenticationException(error);
      case 403 -> new PermissionDeniedException(error);
      case 404 -> new NotFoundException(error);
      case 409 -> new ConflictException(error);
      case 422 -> new UnprocessableEntityException(error);
      case 429 -> new RateLimitException(error);
      default -> classifyAs >= 500 && classifyAs <= 599
          ? new InternalServerException(error)
          : new UnexpectedStatusException(error);
    };
  }

  /**
   * Returns the exception for {@code error}, chosen by its own status.
   *
   * @param error what the vendor answered
   * @return the exception to throw
   */
  public static ApiException of(ApiError error) {
    return of(error, error.statusCode());
  }

  /** Returns everything the vendor answered, as one value. */
  public ApiError error() {
    return error;
  }

  /** Returns the HTTP status of the response. */
  public int statusCode() {
    return error.statusCode();
  }

  /** Returns the response headers. */
  public Headers headers() {
    return error.headers();
  }

  /** Returns the response body as text, at most its first 64 KiB. */
  public String body() {
    return error.body();
  }

  /** Returns the vendor's own error code, or null when its body carries none. */
  public @Nullable String errorCode() {
    return error.errorCode();
  }

  /** Returns the vendor's error message, or null when its body carries none. */
  public @Nullable String vendorMessage() {
    return error.vendorMessage();
  }

  /** Returns the vendor's request id (header or body), or null when it sent none. */
  public @Nullable String requestId() {
    return error.requestId();
  }

  /**
   * Returns how long the vendor asked the caller to wait before trying again ({@code
   * Retry-After}, {@code Retry-After-Ms}, or the vendor's body), or empty when it did not say.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(error.retryAfter());
  }
}
