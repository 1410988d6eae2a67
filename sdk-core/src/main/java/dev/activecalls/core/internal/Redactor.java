package dev.activecalls.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Removes a client's own secrets from text a server sent back: a 401 body that quotes the API
 * key, say. Each secret is replaced as sent and as JSON would escape it; a cut text that ends in
 * the start of a secret loses that start too.
 */
final class Redactor {
  /** What a secret is replaced with. */
  static final String REDACTED = "[redacted]";
  /** Shorter secrets are not redacted: they would match ordinary words (test keys like "k"). */
  static final int MIN_SECRET_CHARS = 8;
  /** The shortest start of a secret worth cutting from the end of a cut text. */
  private static final int MIN_PREFIX_CHARS = 4;

  private final List<String> forms;

  /**
   * Creates a redactor for {@code secrets}.
   *
   * @param secrets the client's secret values
   */
  Redactor(List<String> secrets) {
    List<String> all = new ArrayList<>();
    for (String secret : secrets) {
      if (secret.length() < MIN_SECRET_CHARS) {
        continue;
      }
      all.add(secret);
      String escaped = secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
      if (!escaped.equals(secret)) {
        all.add(escaped);
      }
    }
    this.forms = List.copyOf(all);
  }

  /**
   * Returns {@code text} without the secrets.
   *
   * @param text the text, or null
   * @param cut whether {@code text} is the start of something longer, so a secret may be cut off
   *     at its end
   * @return the text with each secret replaced by {@value #REDACTED}, or null for null
   */
  @Nullable String redact(@Nullable String text, boolean cut) {
    if (text == null || forms.isEmpty()) {
      return text;
    }
    String out = text;
    for (String form : forms) {
      if (out.contains(form)) {
        out = out.replace(form, REDACTED);
      }
    }
    if (cut) {
      for (String form : forms) {
        for (int length = form.length() - 1; length >= MIN_PREFIX_CHARS; length--) {
          if (out.regionMatches(out.length() - length, form, 0, length)) {
            return out.substring(0, out.length() - length) + REDACTED;
          }
        }
      }
    }
    return out;
  }

  /**
   * Returns {@code headers} with each value that holds a secret redacted.
   *
   * @param headers response headers
   * @return the same headers when none holds a secret, else a redacted copy
   */
  Headers redact(Headers headers) {
    if (forms.isEmpty()) {
      return headers;
    }
    Headers.Builder copy = null;
    for (int i = 0; i < headers.size(); i++) {
      String value = headers.value(i);
      String safe = Objects.requireNonNull(redact(value));
      if (copy == null && !safe.equals(value)) {
        copy = new Headers.Builder();
        for (int j = 0; j < i; j++) {
          copy.addUnsafeNonAscii(headers.name(j), headers.value(j));
        }
      }
      if (copy != null) {
        copy.addUnsafeNonAscii(headers.name(i), safe);
      }
    }
    return copy == null ? headers : copy.build();
  }

  /**
   * Returns {@code text} without the secrets; for text that is whole.
   *
   * @param text the text, or null
   * @return the text with each secret replaced, or null for null
   */
  @Nullable String redact(@Nullable String text) {
    return redact(text, false);
  }
}
