package dev.activecalls.vobiz.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of Vobiz's callback signatures: the URL that is signed, the HMAC, and the
 * constant-time comparison with what the header carries. The decisions (which header counts,
 * which token) are {@code CallbackVerifier}'s.
 */
public final class CallbackSigning {
  /** The most signatures one header may list; Plivo-style rotation sends two or three. */
  public static final int MAX_SIGNATURES_PER_HEADER = 8;

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  /**
   * Prepares signing with one auth token.
   *
   * @param token the auth token, as the Vobiz console shows it (its UTF-8 bytes are the key)
   */
  public CallbackSigning(String token) {
    this.key = new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /**
   * Returns the URL Vobiz signs for a callback URL: the text before the first {@code ?} or
   * {@code #}, otherwise as received (scheme and host case, port and trailing slash included),
   * or null if it is not an absolute {@code http}/{@code https} URL with a host.
   *
   * @param url the URL as the server received it
   * @return the signed URL, or null if malformed
   */
  public static @Nullable String signedUrl(String url) {
    int cut = url.length();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '?' || c == '#') {
        cut = i;
        break;
      }
      if (c <= 0x20 || c == 0x7f) {
        return null; // a space or control character: not a URL a server received
      }
    }
    String base = url.substring(0, cut);
    int schemeEnd = base.indexOf("://");
    if (schemeEnd < 0) {
      return null;
    }
    String scheme = base.substring(0, schemeEnd);
    if (!scheme.equalsIgnoreCase("https") && !scheme.equalsIgnoreCase("http")) {
      return null;
    }
    int hostStart = schemeEnd + 3;
    int pathStart = base.indexOf('/', hostStart);
    String authority = base.substring(hostStart, pathStart < 0 ? base.length() : pathStart);
    return authority.isEmpty() || authority.startsWith(":") ? null : base;
  }

  /**
   * Returns {@code base64(HMAC-SHA256(token, message))}.
   *
   * @param message the signed text, e.g. {@code url + "." + nonce}
   * @return the signature in standard base64 with padding
   */
  public String sign(String message) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe, and cheap next to the HMAC itself
      mac.init(key);
      byte[] hmac = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(hmac);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e); // every JVM has it
    }
  }

  /**
   * Splits a signature header into its signatures: comma-separated, blanks dropped.
   *
   * @param header the header's value
   * @return the signatures, or null if there are more than {@link #MAX_SIGNATURES_PER_HEADER}
   */
  public static String @Nullable [] signatures(String header) {
    String[] parts = header.split(",", MAX_SIGNATURES_PER_HEADER + 2);
    if (parts.length > MAX_SIGNATURES_PER_HEADER) {
      return null;
    }
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].strip();
    }
    return parts;
  }

  /**
   * Tells whether any of the signatures equals the expected one, comparing each in time that
   * does not depend on where they differ.
   *
   * @param expected the signature computed here
   * @param received the signatures from the header
   * @return true if one matches
   */
  public static boolean matchesAny(String expected, String[] received) {
    byte[] want = expected.getBytes(StandardCharsets.US_ASCII);
    boolean match = false;
    for (String signature : received) {
      // Every one is compared, so the time taken does not tell which matched.
      match |= !signature.isEmpty()
          && MessageDigest.isEqual(want, signature.getBytes(StandardCharsets.UTF_8));
    }
    return match;
  }
}
