package dev.activecalls.vobiz;

import dev.activecalls.core.internal.Text;
import dev.activecalls.vobiz.CallbackVerification.Invalid;
import dev.activecalls.vobiz.CallbackVerification.Reason;
import dev.activecalls.vobiz.CallbackVerification.Valid;
import dev.activecalls.vobiz.internal.CallbackSigning;
import dev.activecalls.vobiz.internal.NonceCache;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a callback (ring, answer, hangup, ...) was sent by Vobiz, from the URL it was
 * posted to and its signature headers. Needs no web framework: give it the full URL and a way to
 * read the headers. Immutable and thread-safe (the replay cache, if on, is synchronized): build
 * one at startup and share it.
 *
 * <pre>{@code
 * CallbackVerifier verifier = CallbackVerifier.builder().authToken(authToken).build();
 * CallbackVerification check = verifier.verify("https://example.com/vobiz/events", headers);
 * if (!check.isValid()) { ... answer 403 ... }
 * }</pre>
 *
 * <p>How it decides, including where Vobiz's documentation is silent:
 *
 * <ul>
 *   <li>The signed text is the URL before its first {@code ?} or {@code #}, exactly as passed
 *       otherwise: scheme and host case, port and trailing slash count ({@code https://a.example}
 *       and {@code https://a.example/} sign differently), and nothing is percent-decoded. Pass
 *       the public URL Vobiz called, as configured in Vobiz, not the one a proxy forwarded to.
 *   <li>If a V3 header ({@code X-Vobiz-Signature-V3} or {@code -MA-V3}) is present, V3 alone
 *       decides; V2 decides only when no V3 header is present. Each version reads only its own
 *       nonce header, so a V3 signature without {@code X-Vobiz-Signature-V3-Nonce} is {@link
 *       Reason#MISSING_NONCE} even if V2 is complete.
 *   <li>Within that version the account's signature is checked with {@link
 *       Builder#authToken(String)} and, if a parent token is configured, the {@code -MA-}
 *       signature with {@link Builder#parentAuthToken(String)}; either matching is enough. A
 *       {@code -MA-} header without a configured parent token is not checked; if it is the only
 *       signature, the answer is {@link Reason#PARENT_TOKEN_NOT_CONFIGURED}.
 *   <li>A header may list several comma-separated signatures (as Plivo does after a token
 *       rotation): the callback is valid if any one matches; more than 8 is a mismatch. A
 *       header sent several times counts as its values joined with commas.
 *   <li>User info in the URL ({@code https://user:pass@host/...}) is signed as given, never shown
 *       in a {@link Invalid#detail()}.
 *   <li>Comparisons take constant time. The legacy V1 header ({@code X-Vobiz-Signature},
 *       HMAC-SHA1) is not checked: alone, it is {@link Reason#UNSUPPORTED_VERSION}.
 *   <li>The body is not signed by Vobiz; HTTPS is what protects it.
 * </ul>
 */
public final class CallbackVerifier {
  private static final String LEGACY_SIGNATURE_HEADER = "X-Vobiz-Signature";
  private static final int MAX_URL_IN_DETAIL = 200;

  private final CallbackSigning account;
  private final @Nullable CallbackSigning parent;
  private final @Nullable NonceCache replays;

  private CallbackVerifier(Builder builder) {
    this.account = new CallbackSigning(requireToken("authToken", builder.authToken));
    this.parent = builder.parentAuthToken == null
        ? null : new CallbackSigning(requireToken("parentAuthToken", builder.parentAuthToken));
    this.replays = builder.replayWindow == null
        ? null : new NonceCache(builder.replayWindow, builder.maxNonces, builder.clock);
  }

  /**
   * Returns a builder; set at least {@link Builder#authToken(String)}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks a callback whose headers come as a map, like the JDK HttpServer's {@code
   * exchange.getRequestHeaders()} or Spring's {@code HttpHeaders}. Header names match in any
   * case; a header with several values counts as its values joined with commas.
   *
   * @param url the full URL Vobiz called, like {@code https://example.com/vobiz/events?x=1};
   *     query and fragment are not signed
   * @param headers the request's headers
   * @return {@link Valid}, or {@link Invalid} with the reason; never null
   * @throws NullPointerException if {@code url} or {@code headers} is null
   */
  public CallbackVerification verify(String url, Map<String, ? extends List<String>> headers) {
    Objects.requireNonNull(headers, "headers");
    return verify(url, name -> header(headers, name));
  }

  /**
   * Checks a callback whose headers are read one by one, like {@code request::getHeader} of a
   * servlet or {@code ctx::header} of Javalin.
   *
   * @param url the full URL Vobiz called, like {@code https://example.com/vobiz/events?x=1};
   *     query and fragment are not signed
   * @param header returns a header's value, or null if absent; it must find the header whatever
   *     case it was sent in, as frameworks' header accessors do
   * @return {@link Valid}, or {@link Invalid} with the reason; never null
   * @throws NullPointerException if {@code url} or {@code header} is null
   */
  public CallbackVerification verify(String url, Function<String, @Nullable String> header) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(header, "header");
    String signedUrl = CallbackSigning.signedUrl(url);
    if (signedUrl == null) {
      return new Invalid(Reason.MALFORMED_URL, "not an absolute http(s) URL with a host: "
          + shown(url) + "; pass the full URL Vobiz called");
    }
    SignatureVersion version = present(header, SignatureVersion.V3) ? SignatureVersion.V3
        : present(header, SignatureVersion.V2) ? SignatureVersion.V2 : null;
    if (version == null) {
      return isBlank(header.apply(LEGACY_SIGNATURE_HEADER))
          ? new Invalid(Reason.MISSING_SIGNATURE, "no X-Vobiz-Signature-V2 or -V3 header")
          : new Invalid(Reason.UNSUPPORTED_VERSION,
              "only X-Vobiz-Signature (V1, HMAC-SHA1) is present; it is not checked");
    }
    String nonce = header.apply(version.nonceHeader());
    if (nonce == null || nonce.isBlank()) {
      return new Invalid(Reason.MISSING_NONCE, "no " + version.nonceHeader() + " header");
    }
    CallbackVerification verdict = check(version, signedUrl, nonce, header);
    if (verdict.isValid() && replays != null && !replays.firstSighting(nonces(header))) {
      return new Invalid(Reason.REPLAYED, version.nonceHeader() + " " + Text.quote(nonce, 64)
          + " was already accepted within the replay window");
    }
    return verdict;
  }

  private CallbackVerification check(SignatureVersion version, String signedUrl, String nonce,
      Function<String, @Nullable String> header) {
    String own = header.apply(version.signatureHeader());
    String byParent = header.apply(version.parentSignatureHeader());
    CallbackSigning parentSigning = parent;
    boolean checkOwn = !isBlank(own);
    boolean checkParent = !isBlank(byParent) && parentSigning != null;
    if (!checkOwn && !checkParent) {
      return new Invalid(Reason.PARENT_TOKEN_NOT_CONFIGURED, "only "
          + version.parentSignatureHeader() + " is present; set parentAuthToken to check it");
    }
    String message = version.message(signedUrl, nonce);
    String[] ownSignatures = checkOwn ? CallbackSigning.signatures(own) : new String[0];
    String[] parentSignatures = checkParent ? CallbackSigning.signatures(byParent) : new String[0];
    if (ownSignatures == null || parentSignatures == null) {
      return new Invalid(Reason.SIGNATURE_MISMATCH, "more than "
          + CallbackSigning.MAX_SIGNATURES_PER_HEADER + " signatures in one header");
    }
    // Both are computed and compared whatever the first gives, so timing tells nothing.
    boolean ownMatches = checkOwn
        && CallbackSigning.matchesAny(account.sign(message), ownSignatures);
    boolean parentMatches = checkParent
        && CallbackSigning.matchesAny(parentSigning.sign(message), parentSignatures);
    if (ownMatches || parentMatches) {
      return new Valid(version, !ownMatches);
    }
    String checked = checkOwn && checkParent
        ? version.signatureHeader() + " and " + version.parentSignatureHeader()
        : checkOwn ? version.signatureHeader() : version.parentSignatureHeader();
    return new Invalid(Reason.SIGNATURE_MISMATCH, checked + " does not match "
        + shown(signedUrl) + " (is this the URL Vobiz called, and the account's auth token?)");
  }

  /** A URL for a detail: bounded, escaped, and with any user:password@ masked. */
  private static String shown(String url) {
    int hostStart = url.indexOf("://") + 3;
    int at = -1;
    for (int i = Math.max(hostStart, 3); i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        break; // the end of the authority: an @ after it is not user info
      }
      at = c == '@' ? i : at;
    }
    String masked = at > hostStart ? url.substring(0, hostStart) + "***" + url.substring(at) : url;
    return Text.quote(masked, MAX_URL_IN_DETAIL);
  }

  /** The nonces a replay could reuse: both versions', so that dropping V3 does not help it. */
  private static Set<String> nonces(Function<String, @Nullable String> header) {
    Set<String> nonces = new LinkedHashSet<>();
    for (SignatureVersion version : SignatureVersion.values()) {
      String nonce = header.apply(version.nonceHeader());
      if (!isBlank(nonce)) {
        nonces.add(nonce);
      }
    }
    return nonces;
  }

  private static boolean present(Function<String, @Nullable String> header,
      SignatureVersion version) {
    return !isBlank(header.apply(version.signatureHeader()))
        || !isBlank(header.apply(version.parentSignatureHeader()));
  }

  private static boolean isBlank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  private static @Nullable String header(Map<String, ? extends List<String>> headers, String name) {
    List<String> values = new ArrayList<>(1);
    for (Map.Entry<String, ? extends List<String>> entry : headers.entrySet()) {
      if (name.equalsIgnoreCase(entry.getKey()) && entry.getValue() != null) {
        for (String value : entry.getValue()) {
          if (value != null) {
            values.add(value);
          }
        }
      }
    }
    return values.isEmpty() ? null : String.join(",", values);
  }

  private static String requireToken(String name, @Nullable String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException(name + " must be set and not blank");
    }
    return token;
  }

  /**
   * Describes the verifier without its tokens.
   *
   * @return e.g. {@code CallbackVerifier[parentAuthToken=set, replayProtection=off]}
   */
  @Override
  public String toString() {
    return "CallbackVerifier[parentAuthToken=" + (parent == null ? "unset" : "set")
        + ", replayProtection=" + (replays == null ? "off" : "on") + "]";
  }

  /** Builds a {@link CallbackVerifier}. Not thread-safe; the verifier it builds is. */
  public static final class Builder {
    private @Nullable String authToken;
    private @Nullable String parentAuthToken;
    private @Nullable Duration replayWindow;
    private int maxNonces;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the auth token of the account the callbacks belong to, the key of {@code
     * X-Vobiz-Signature-V2} and {@code -V3}. Required.
     *
     * @param authToken the Auth Token from the Vobiz console; checked by {@link #build()}
     * @return this builder
     */
    public Builder authToken(String authToken) {
      this.authToken = authToken;
      return this;
    }

    /**
     * Sets the parent (main) account's auth token, to check the {@code X-Vobiz-Signature-MA-V2}
     * and {@code -MA-V3} headers Vobiz adds to sub-accounts' callbacks. Optional: without it
     * those headers are not checked.
     *
     * @param parentAuthToken the parent account's Auth Token; checked by {@link #build()}
     * @return this builder
     */
    public Builder parentAuthToken(String parentAuthToken) {
      this.parentAuthToken = parentAuthToken;
      return this;
    }

    /**
     * Turns on replay protection, off by default: a callback whose signature matches but whose
     * nonce (V2 or V3) was already accepted within {@code window} is {@link Reason#REPLAYED}.
     * Nonces are recorded only for valid callbacks, so forged ones cannot fill the cache. At most
     * {@code maxNonces} are kept; past that the oldest is forgotten early, so make it larger than
     * the callbacks you expect in one window. Vobiz's signature carries no time, so a replay
     * after the window is not caught; and if Vobiz redelivers a callback with the same nonce,
     * the redelivery is rejected too. Make handlers idempotent (by {@code CallUUID} and {@code
     * Event}) as well.
     *
     * @param window how long a nonce is remembered, like five minutes
     * @param maxNonces how many nonces are remembered at most, like 10 000
     * @return this builder
     * @throws IllegalArgumentException if {@code window} is not positive or {@code maxNonces} is
     *     less than 1
     */
    public Builder replayProtection(Duration window, int maxNonces) {
      Objects.requireNonNull(window, "window");
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("window must be positive: " + window);
      }
      if (maxNonces < 1) {
        throw new IllegalArgumentException("maxNonces must be at least 1: " + maxNonces);
      }
      this.replayWindow = window;
      this.maxNonces = maxNonces;
      return this;
    }

    /**
     * Sets the clock the replay window is measured on ({@link Clock#systemUTC()} unless set).
     *
     * @param clock the clock, e.g. a fixed one in tests
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws IllegalArgumentException if {@code authToken}, or a {@code parentAuthToken} that
     *     was set, is null or blank; the message names it
     */
    public CallbackVerifier build() {
      return new CallbackVerifier(this);
    }
  }
}
