package dev.activecalls.vobiz;

/**
 * The callback signature schemes {@link CallbackVerifier} checks, with the headers each is sent
 * in. Both are {@code base64(HMAC-SHA256(auth token, url + nonce))}; V3 puts a {@code .} between
 * the URL and the nonce. The parent-account ("MA") variant of each is signed with the parent
 * account's token and shares the nonce header.
 */
public enum SignatureVersion {
  /** {@code X-Vobiz-Signature-V2} over {@code url + nonce}. */
  V2("X-Vobiz-Signature-V2", "X-Vobiz-Signature-MA-V2", "X-Vobiz-Signature-V2-Nonce", ""),
  /** {@code X-Vobiz-Signature-V3} over {@code url + "." + nonce}. */
  V3("X-Vobiz-Signature-V3", "X-Vobiz-Signature-MA-V3", "X-Vobiz-Signature-V3-Nonce", ".");

  private final String signatureHeader;
  private final String parentSignatureHeader;
  private final String nonceHeader;
  private final String separator;

  SignatureVersion(String signatureHeader, String parentSignatureHeader, String nonceHeader,
      String separator) {
    this.signatureHeader = signatureHeader;
    this.parentSignatureHeader = parentSignatureHeader;
    this.nonceHeader = nonceHeader;
    this.separator = separator;
  }

  /**
   * Returns the header holding the signature made with the account's own auth token.
   *
   * @return e.g. {@code X-Vobiz-Signature-V3}
   */
  public String signatureHeader() {
    return signatureHeader;
  }

  /**
   * Returns the header holding the signature made with the parent account's auth token, sent
   * with callbacks of sub-accounts.
   *
   * @return e.g. {@code X-Vobiz-Signature-MA-V3}
   */
  public String parentSignatureHeader() {
    return parentSignatureHeader;
  }

  /**
   * Returns the header holding the nonce both signatures of this version cover.
   *
   * @return e.g. {@code X-Vobiz-Signature-V3-Nonce}
   */
  public String nonceHeader() {
    return nonceHeader;
  }

  /**
   * Returns the text signed for a URL (already without query and fragment) and a nonce.
   *
   * @param signedUrl the URL as {@link CallbackVerifier} signs it
   * @param nonce the nonce header's value
   * @return the message the HMAC is computed over
   */
  String message(String signedUrl, String nonce) {
    return signedUrl + separator + nonce;
  }
}
