package dev.activecalls.vobiz;

import dev.activecalls.core.OpenEnum;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The form-encoded ({@code application/x-www-form-urlencoded}) body of a Vobiz callback, every
 * field kept as sent: repeated names keep all their values in order, and a field this SDK does
 * not know is kept like any other. The fields Vobiz documents for call callbacks have typed
 * accessors. Immutable and thread-safe.
 *
 * <pre>{@code
 * CallbackForm form = CallbackForm.parse(body, StandardCharsets.UTF_8);
 * if (form.callStatus().map(s -> s.is(CallState.COMPLETED)).orElse(false)) { ... }
 * String cause = form.first("HangupCause").orElse("");
 * }</pre>
 *
 * <p>Vobiz does not sign the body; check the request with {@link CallbackVerifier} first. The
 * parser is bounded: a body over {@value #MAX_BODY_BYTES} bytes or with more than {@value
 * #MAX_FIELDS} fields is refused, so read at most {@code MAX_BODY_BYTES + 1} bytes of a request.
 * {@link #toString()} lists field names only: the values hold phone numbers.
 */
public final class CallbackForm {
  /** The largest body {@link #parse} accepts, in bytes (characters for the text form). */
  public static final int MAX_BODY_BYTES = 64 * 1024;
  /** The most fields {@link #parse} accepts; Vobiz sends a few dozen. */
  public static final int MAX_FIELDS = 512;

  private final Map<String, List<String>> fields;

  private CallbackForm(Map<String, List<String>> fields) {
    this.fields = fields;
  }

  /**
   * Parses a UTF-8 form body given as text.
   *
   * @param body the body, like {@code CallUUID=abc&From=%2B14155551234&Event=Hangup}; may be empty
   * @return the fields
   * @throws IllegalArgumentException if the body is longer than {@link #MAX_BODY_BYTES}
   *     characters, has more than {@link #MAX_FIELDS} fields, or holds a {@code %} not followed
   *     by two hex digits; the message quotes no value
   * @throws NullPointerException if {@code body} is null
   */
  public static CallbackForm parse(String body) {
    Objects.requireNonNull(body, "body");
    checkSize(body.length());
    return decode(body, StandardCharsets.UTF_8);
  }

  /**
   * Parses a form body given as the bytes read from the request.
   *
   * @param body the bytes; may be empty
   * @param charset the charset of the bytes and of the percent-escapes, UTF-8 for Vobiz
   * @return the fields
   * @throws IllegalArgumentException if the body is larger than {@link #MAX_BODY_BYTES}, has more
   *     than {@link #MAX_FIELDS} fields, or holds a {@code %} not followed by two hex digits; the
   *     message quotes no value
   * @throws NullPointerException if an argument is null
   */
  public static CallbackForm parse(byte[] body, Charset charset) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(charset, "charset");
    checkSize(body.length);
    return decode(new String(body, charset), charset);
  }

  private static void checkSize(int size) {
    if (size > MAX_BODY_BYTES) {
      throw new IllegalArgumentException("callback body too large: " + size
          + " bytes, the limit is " + MAX_BODY_BYTES);
    }
  }

  private static CallbackForm decode(String body, Charset charset) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    int count = 0;
    int start = 0;
    while (start <= body.length()) {
      int end = body.indexOf('&', start);
      if (end < 0) {
        end = body.length();
      }
      if (end > start) { // "a=1&&b=2" and a trailing "&" hold no field
        if (++count > MAX_FIELDS) {
          throw new IllegalArgumentException("callback body has more than " + MAX_FIELDS
              + " fields");
        }
        int equals = indexOf(body, '=', start, end);
        boolean hasValue = equals >= 0;
        String name = unescape(body.substring(start, hasValue ? equals : end), charset, count);
        String value = hasValue ? unescape(body.substring(equals + 1, end), charset, count) : "";
        fields.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
      }
      start = end + 1;
    }
    fields.replaceAll((name, values) -> List.copyOf(values));
    return new CallbackForm(Collections.unmodifiableMap(fields));
  }

  /** Looks for a character within one field only, so that many fields cost linear time. */
  private static int indexOf(String text, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String text, Charset charset, int field) {
    try {
      return URLDecoder.decode(text, charset);
    } catch (IllegalArgumentException e) {
      // URLDecoder's own message quotes the text, which may be a phone number.
      throw new IllegalArgumentException("callback body: field " + field
          + " has a % not followed by two hex digits");
    }
  }

  /**
   * Returns every value of a field, in the order sent.
   *
   * @param name the field's name, matched exactly (Vobiz's names are case-sensitive, like {@code
   *     CallUUID})
   * @return the values, empty if the field is absent; immutable
   */
  public List<String> values(String name) {
    return fields.getOrDefault(Objects.requireNonNull(name, "name"), List.of());
  }

  /**
   * Returns the first value of a field.
   *
   * @param name the field's name, matched exactly
   * @return the value, possibly empty text, or empty if the field is absent
   */
  public Optional<String> first(String name) {
    List<String> values = values(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns every field, in the order first sent, with all its values.
   *
   * @return an immutable map
   */
  public Map<String, List<String>> asMap() {
    return fields;
  }

  /**
   * Returns {@code CallUUID}, the call's unique id, as {@link LiveCallsService} takes it.
   *
   * @return the UUID, or empty if absent or empty
   */
  public Optional<String> callUuid() {
    return text("CallUUID");
  }

  /**
   * Returns {@code From}, the calling number with country code.
   *
   * @return the number, or empty if absent or empty
   */
  public Optional<String> from() {
    return text("From");
  }

  /**
   * Returns {@code To}, the called number with country code.
   *
   * @return the number, or empty if absent or empty
   */
  public Optional<String> to() {
    return text("To");
  }

  /**
   * Returns {@code Event}, what happened: Vobiz sends {@code Ring}, {@code StartApp} (answered)
   * and {@code Hangup}, among others.
   *
   * @return the event name as sent, or empty if absent or empty
   */
  public Optional<String> event() {
    return text("Event");
  }

  /**
   * Returns {@code CallStatus}: {@code ringing}, {@code in-progress} (read as {@link
   * CallState#ACTIVE}), {@code completed}, {@code busy}, {@code no-answer}, {@code cancel},
   * {@code timeout} or {@code failed}; another value keeps its raw text.
   *
   * @return the status, or empty if absent or empty
   */
  public Optional<OpenEnum<CallState>> callStatus() {
    return text("CallStatus").map(raw -> OpenEnum.of(CallState.class, raw));
  }

  /**
   * Returns {@code Direction}, {@code inbound} or {@code outbound}; another value keeps its raw
   * text.
   *
   * @return the direction, or empty if absent or empty
   */
  public Optional<OpenEnum<CallDirection>> direction() {
    return text("Direction").map(raw -> OpenEnum.of(CallDirection.class, raw));
  }

  private Optional<String> text(String name) {
    return first(name).filter(value -> !value.isEmpty());
  }

  /**
   * Lists the field names, not their values (phone numbers are personal data).
   *
   * @return e.g. {@code CallbackForm[CallUUID, From, To, Event]}
   */
  @Override
  public String toString() {
    return "CallbackForm" + fields.keySet();
  }
}
