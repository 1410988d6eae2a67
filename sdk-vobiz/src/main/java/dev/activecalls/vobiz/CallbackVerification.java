package dev.activecalls.vobiz;

import java.util.Objects;

/**
 * What {@link CallbackVerifier} concluded about one callback: {@link Valid} (Vobiz signed it) or
 * {@link Invalid} with the {@link Reason}. A rejection is an answer, not an exception: answer the
 * request with 403 (or log and ignore it) and carry on. Neither form holds a token or the
 * expected signature.
 *
 * <pre>{@code
 * CallbackVerification check = verifier.verify(url, headers);
 * if (check instanceof CallbackVerification.Invalid invalid) {
 *   log.warning("callback rejected: " + invalid.reason() + ", " + invalid.detail());
 * }
 * }</pre>
 */
public sealed interface CallbackVerification
    permits CallbackVerification.Valid, CallbackVerification.Invalid {

  /**
   * Tells whether the callback carries a signature that matches.
   *
   * @return true for {@link Valid}
   */
  boolean isValid();

  /** Why a callback was rejected. */
  enum Reason {
    /** No {@code X-Vobiz-Signature-V2}, {@code -V3} or {@code -MA-} header at all. */
    MISSING_SIGNATURE,
    /** The nonce header of the version that decides ({@code X-Vobiz-Signature-V3-Nonce} or
     *  {@code -V2-Nonce}) is missing or blank. */
    MISSING_NONCE,
    /** A signature is present but none of its values matches the URL and nonce. */
    SIGNATURE_MISMATCH,
    /** Only the legacy V1 header ({@code X-Vobiz-Signature}, HMAC-SHA1) is present; it is not
     *  checked. */
    UNSUPPORTED_VERSION,
    /** Only a parent-account ({@code -MA-}) signature is present, and the verifier was built
     *  without {@link CallbackVerifier.Builder#parentAuthToken(String)}. */
    PARENT_TOKEN_NOT_CONFIGURED,
    /** The signature matches, but its nonce was already seen within the replay window. */
    REPLAYED,
    /** The URL is not an absolute {@code http} or {@code https} URL with a host. */
    MALFORMED_URL
  }

  /**
   * The callback carries a matching signature.
   *
   * @param version the version that decided ({@link SignatureVersion#V3} when its header is
   *     present)
   * @param parentAccount true if the parent account's ({@code -MA-}) signature matched, false if
   *     the account's own did
   */
  record Valid(SignatureVersion version, boolean parentAccount) implements CallbackVerification {

    /**
     * Checks the version.
     *
     * @throws NullPointerException if {@code version} is null
     */
    public Valid {
      Objects.requireNonNull(version, "version");
    }

    /**
     * Returns true.
     *
     * @return true
     */
    @Override
    public boolean isValid() {
      return true;
    }
  }

  /**
   * The callback is rejected.
   *
   * @param reason why, to switch on
   * @param detail a sentence for logs naming the header or the URL at fault; it holds no token
   *     or expected signature, and server-sent text in it is escaped and bounded
   */
  record Invalid(Reason reason, String detail) implements CallbackVerification {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if either is null
     */
    public Invalid {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }

    /**
     * Returns false.
     *
     * @return false
     */
    @Override
    public boolean isValid() {
      return false;
    }
  }
}
