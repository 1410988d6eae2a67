package dev.activecalls.core.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.activecalls.core.ClientConfig;
import dev.activecalls.core.errors.ActiveCallsException;
import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.ApiError;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.ApiTimeoutException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.errors.ResponseTooLargeException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.Request;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Makes the typed exception for each way one attempt of {@link HttpPipeline} can fail: an error
 * status, an error reported inside a 2xx body, a body that does not decode or is too large, a
 * failed or timed-out connection. Every message is bounded and redacted. Kept apart from the
 * pipeline so that a client's first successful call never loads it or the exception classes it
 * names, a few milliseconds of a cold start.
 */
final class AttemptFailures {
  private static final int EXCERPT_CHARS = 300;

  private final ClientConfig config;
  private final ErrorBodyParser errorParser;
  private final Redactor redactor;

  AttemptFailures(ClientConfig config, ErrorBodyParser errorParser, Redactor redactor) {
    this.config = config;
    this.errorParser = errorParser;
    this.redactor = redactor;
  }

  /**
   * Reads the start of an error status's body and reports it as an {@link ApiException}.
   *
   * @throws IOException if the body cannot be read
   */
  <T> Outcome<T> errorStatus(Request httpRequest, int status, Headers headers, @Nullable String requestId,
      BufferedSource source) throws IOException {
    int keep = (int) Math.min(config.maxResponseBytes(), HttpPipeline.MAX_ERROR_BODY_BYTES);
    boolean cut = source.request(keep + 1L);
    String text = source.readString(Math.min(source.getBuffer().size(), keep), StandardCharsets.UTF_8);
    ApiException error = apiException(httpRequest, status, headers, text, cut, safeParse(text), requestId, status);
    return Outcome.failed(error, config.retryPolicy().isRetryable(httpRequest.method(), status), error);
  }

  /** Reports the error a 2xx body carries, as its decoder found it. */
  <T> Outcome<T> errorInBody(Request httpRequest, int status, Headers headers, byte[] start, boolean cut,
      ErrorInBodyException e, @Nullable String requestId) {
    String text = new String(start, StandardCharsets.UTF_8);
    ApiException error =
        apiException(httpRequest, status, headers, text, cut, e.details(), requestId, e.classifyAs());
    return Outcome.failed(error, config.retryPolicy().isRetryable(httpRequest.method(), e.classifyAs()), error);
  }

  /**
   * Reports a 2xx body its decoder could not read: as the error it carries after all if it is
   * whole and has one, else as a {@link ResponseDecodingException} at the failing JSON path.
   *
   * @param start the body's first bytes
   * @param whole whether {@code start} is the whole body
   */
  <T> Outcome<T> undecodable(ResponseDecoder<T> decoder, Request httpRequest, int status, Headers headers,
      @Nullable String requestId, byte[] start, boolean whole, Throwable e, JsonReader reader) {
    String path = jsonPath(e, reader);
    ErrorInBodyException inBody = whole ? errorInUndecodable(decoder, start) : null;
    if (inBody != null) {
      return errorInBody(httpRequest, status, headers, start, false, inBody, requestId);
    }
    String excerpt = excerpt(start);
    String message = "Could not decode the response to " + describe(httpRequest) + " (HTTP " + status
        + ") at " + Text.quote(path, 200) + ": " + Text.quote(redactor.redact(String.valueOf(e.getMessage())), 500)
        + "; body starts: " + Text.quote(excerpt, EXCERPT_CHARS);
    return Outcome.failed(
        new ResponseDecodingException(message, status, path, excerpt, redactor.redact(requestId), safeCause(e)),
        false, null);
  }

  /** Drops the connection (cancelling stops OkHttp from draining the rest) and reports the limit. */
  <T> Outcome<T> tooLarge(Request httpRequest, Call call, int status, @Nullable String requestId) {
    call.cancel();
    long limit = config.maxResponseBytes();
    String message = "The response to " + describe(httpRequest) + " (HTTP " + status + ") is larger than "
        + limit + " bytes (maxResponseBytes); stopped reading and dropped the connection"
        + (requestId == null ? "" : " (request id: " + Text.quote(redactor.redact(requestId), 100) + ")");
    return Outcome.failed(
        new ResponseTooLargeException(message, status, limit, redactor.redact(requestId)), false, null);
  }

  /** Reports an attempt that got no answer: cancelled, timed out, or a failed connection. */
  <T> Outcome<T> noAnswer(Request httpRequest, Call call, IOException e) {
    // OkHttp's call timeout also cancels the call, so a timeout is recognised before a cancel.
    if (call.isCanceled() && !isTimeout(e)) {
      return Outcome.failed(
          new ApiConnectionException("Cancelled: " + describe(httpRequest), safeCause(e)), false, null);
    }
    boolean connectFailed = e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException
        || isConnectTimeout(e);
    String detail = Text.quote(redactor.redact(String.valueOf(e.getMessage())), 300);
    ActiveCallsException failure = isTimeout(e)
        ? new ApiTimeoutException("Timed out: " + describe(httpRequest) + " (" + detail + ")", safeCause(e))
        : new ApiConnectionException(
            "Connection failed: " + describe(httpRequest) + " (" + e.getClass().getSimpleName() + ": "
                + detail + ")", safeCause(e));
    boolean retryable = config.retryPolicy().isRetryableFailure(httpRequest.method(), !connectFailed);
    // Only a request that may have reached the server can have done its work unseen.
    return connectFailed ? Outcome.failed(failure, retryable, null) : Outcome.unanswered(failure, retryable);
  }

  /** The exception for a wait between retries that was interrupted. */
  ApiConnectionException interrupted(Request httpRequest, InterruptedException e) {
    return new ApiConnectionException("Interrupted while waiting to retry " + describe(httpRequest), e);
  }

  /**
   * Returns {@code e} if its message is safe to show (bounded, no control characters, no secret),
   * else a copy of the same kind with a safe message and the same stack trace, so a logged cause
   * cannot leak what the exception's own message hides.
   */
  private Throwable safeCause(Throwable e) {
    String message = e.getMessage();
    if (message == null) {
      return e;
    }
    String safe = Text.quote(redactor.redact(message), 500);
    if (safe.equals(message)) {
      return e;
    }
    Throwable copy = e instanceof JsonDataException ? new JsonDataException(safe)
        : e instanceof IOException ? new IOException(e.getClass().getName() + ": " + safe)
        : new RuntimeException(e.getClass().getName() + ": " + safe);
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  /** Returns the error an undecodable body reports after all, or null if it reports none. */
  private static @Nullable ErrorInBodyException errorInUndecodable(ResponseDecoder<?> decoder, byte[] body) {
    JsonReader again = JsonReader.of(new Buffer().write(body));
    again.setLenient(true);
    try {
      decoder.rejectErrorBody(again);
      return null;
    } catch (ErrorInBodyException e) {
      return e;
    } catch (IOException | RuntimeException e) {
      return null; // not even the error fields can be read: the decoding failure says more
    }
  }

  private static boolean isTimeout(IOException e) {
    return e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
  }

  private static boolean isConnectTimeout(IOException e) {
    return e instanceof SocketTimeoutException
        && e.getMessage() != null
        && e.getMessage().toLowerCase(Locale.ROOT).contains("connect");
  }

  private ApiException apiException(
      Request httpRequest,
      int status,
      Headers headers,
      String body,
      boolean bodyCut,
      ErrorDetails details,
      @Nullable String headerRequestId,
      int classifyAs) {
    Duration retryAfter = RetryAfter.from(headers, config.clock());
    ApiError error = new ApiError(
        httpRequest.method(),
        httpRequest.url().encodedPath(),
        status,
        redactor.redact(headers),
        redactor.redact(body, bodyCut),
        redactor.redact(details.code()),
        redactor.redact(details.message()),
        redactor.redact(headerRequestId != null ? headerRequestId : details.requestId()),
        retryAfter != null ? retryAfter : details.retryAfter());
    return ApiException.of(error, classifyAs);
  }

  private ErrorDetails safeParse(String body) {
    try {
      return errorParser.parse(body);
    } catch (RuntimeException e) {
      return ErrorDetails.NONE; // a parser bug must not hide the vendor's status
    }
  }

  /** Returns the first {@value #EXCERPT_CHARS} characters of the body, without the secrets. */
  private String excerpt(byte[] start) {
    String text = new String(start, 0, Math.min(start.length, EXCERPT_CHARS * 4), StandardCharsets.UTF_8);
    if (text.length() <= EXCERPT_CHARS && start.length <= EXCERPT_CHARS * 4) {
      return Objects.requireNonNull(redactor.redact(text));
    }
    int keep = Character.isHighSurrogate(text.charAt(EXCERPT_CHARS - 1)) ? EXCERPT_CHARS - 1 : EXCERPT_CHARS;
    return redactor.redact(text.substring(0, keep), true) + "...";
  }

  /** Moshi names the failing path in its message; the reader has usually moved past it. */
  private static String jsonPath(Throwable e, JsonReader reader) {
    String message = e.getMessage();
    if (message != null) {
      Matcher matcher = PathInMessage.PATTERN.matcher(message);
      String last = null;
      while (matcher.find()) {
        last = matcher.group(1);
      }
      if (last != null) {
        return last;
      }
    }
    return reader.getPath();
  }

  /** The request for an exception message: the method and the path, phone numbers masked. */
  private static String describe(Request httpRequest) {
    return httpRequest.method() + ' ' + Text.quote(PhoneMask.path(httpRequest.url().encodedPath()), 300);
  }

  /**
   * Where Moshi names the failing path in its message. Moshi ends some messages "at path $.a.b:
   * more", so a colon before a space or the end is not part of the path.
   */
  private static final class PathInMessage {
    static final Pattern PATTERN = Pattern.compile("\\bat (?:path )?(\\$\\S*?):?(?=\\s|$)");
  }
}
