package dev.activecalls.vobiz;

import java.util.Locale;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Asks Vobiz to transfer a live call: the chosen legs leave what they are doing and fetch new XML
 * from their URL ({@code POST /api/v1/Account/{auth_id}/Call/{call_uuid}/}). Build one with
 * {@link #builder()}:
 *
 * <pre>{@code
 * TransferRequest request = TransferRequest.builder()
 *     .callUuid(callUuid)
 *     .legs(TransferRequest.Legs.BOTH)
 *     .alegUrl("https://example.com/hold.xml")
 *     .blegUrl("https://example.com/survey.xml").blegMethod("get")
 *     .build();
 * }</pre>
 *
 * <p>Everything is checked here, before anything is sent: the legs being transferred need their
 * URL (with {@code legs} unset Vobiz transfers the A leg, so {@code alegUrl} is needed); a URL
 * must be an absolute {@code http} or {@code https} URL; a method must be {@code GET} or {@code
 * POST}. A URL or method given for a leg that is not transferred is refused too: Vobiz would ignore
 * it, so it is most likely a mistake (a {@code bleg_url} meant for a transfer of both legs, say).
 *
 * @param callUuid the call's UUID, exactly as Vobiz reported it
 * @param legs which legs to transfer; null leaves {@code legs} out of the body, and Vobiz
 *     transfers the A leg
 * @param alegUrl where the A leg fetches its new XML; null when the A leg is not transferred
 * @param alegMethod {@code GET} or {@code POST} for {@code alegUrl}; null leaves it to Vobiz
 *     ({@code POST})
 * @param blegUrl where the B leg fetches its new XML; null when the B leg is not transferred
 * @param blegMethod {@code GET} or {@code POST} for {@code blegUrl}; null leaves it to Vobiz
 *     ({@code POST})
 */
public record TransferRequest(
    String callUuid,
    @Nullable Legs legs,
    @Nullable String alegUrl,
    @Nullable String alegMethod,
    @Nullable String blegUrl,
    @Nullable String blegMethod) {

  /** Which legs of a call a transfer moves, sent as {@code legs}. */
  public enum Legs {
    /** The A leg, the party that placed or answered the call first ({@code aleg}); Vobiz's default. */
    ALEG,
    /** The B leg, the party it was connected to ({@code bleg}). */
    BLEG,
    /** Both legs, each to its own URL ({@code both}). */
    BOTH;

    /**
     * Returns the value Vobiz reads.
     *
     * @return {@code aleg}, {@code bleg} or {@code both}
     */
    public String wireValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks the request, upper-casing the methods.
   *
   * @throws IllegalArgumentException naming the parameter: {@code callUuid} null, blank or padded
   *     with white space; a transferred leg without its URL; a URL that is not an absolute http or
   *     https URL; a method other than GET or POST (in any case); a URL or method for a leg that is
   *     not transferred
   */
  public TransferRequest {
    callUuid = CallUuids.check(callUuid);
    Legs chosen = legs == null ? Legs.ALEG : legs;
    boolean aleg = chosen != Legs.BLEG;
    boolean bleg = chosen != Legs.ALEG;
    String said = legs == null ? "legs is not set (Vobiz then transfers the A leg)" : "legs is " + legs;
    alegUrl = url("alegUrl", alegUrl, aleg, said);
    blegUrl = url("blegUrl", blegUrl, bleg, said);
    alegMethod = method("alegMethod", alegMethod, aleg, said);
    blegMethod = method("blegMethod", blegMethod, bleg, said);
  }

  /**
   * Returns a builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether the A leg is transferred: {@code legs} is unset, {@link Legs#ALEG} or {@link
   * Legs#BOTH}.
   *
   * @return true when {@code aleg_url} is sent
   */
  public boolean transfersAleg() {
    return legs != Legs.BLEG;
  }

  /**
   * Returns whether the B leg is transferred: {@code legs} is {@link Legs#BLEG} or {@link
   * Legs#BOTH}.
   *
   * @return true when {@code bleg_url} is sent
   */
  public boolean transfersBleg() {
    return legs == Legs.BLEG || legs == Legs.BOTH;
  }

  private static @Nullable String url(String name, @Nullable String url, boolean transferred, String said) {
    if (url == null) {
      if (transferred) {
        throw new IllegalArgumentException(name + " is required: " + said);
      }
      return null;
    }
    if (!transferred) {
      throw new IllegalArgumentException(name + " is set, but " + said + ": that leg is not transferred");
    }
    HttpUrl parsed = url.strip().equals(url) ? HttpUrl.parse(url) : null;
    if (parsed == null) {
      // HttpUrl reads only absolute http and https URLs, and would trim white space silently.
      throw new IllegalArgumentException(
          name + " must be an absolute http or https URL, was \"" + url + '"');
    }
    return url; // sent as given: re-encoding it could change what Vobiz fetches
  }

  private static @Nullable String method(String name, @Nullable String method, boolean transferred, String said) {
    if (method == null) {
      return null;
    }
    if (!transferred) {
      throw new IllegalArgumentException(name + " is set, but " + said + ": that leg is not transferred");
    }
    String upper = method.toUpperCase(Locale.ROOT);
    if (!upper.equals("GET") && !upper.equals("POST")) {
      throw new IllegalArgumentException(name + " must be GET or POST, was \"" + method + '"');
    }
    return upper;
  }

  /**
   * Builds a {@link TransferRequest}; {@link #build()} checks it. Not thread-safe; the request it
   * builds is immutable.
   */
  public static final class Builder {
    private @Nullable String callUuid;
    private @Nullable Legs legs;
    private @Nullable String alegUrl;
    private @Nullable String alegMethod;
    private @Nullable String blegUrl;
    private @Nullable String blegMethod;

    private Builder() {}

    /**
     * Sets the call to transfer (required).
     *
     * @param callUuid the call's UUID, exactly as Vobiz reported it
     * @return this builder
     */
    public Builder callUuid(String callUuid) {
      this.callUuid = callUuid;
      return this;
    }

    /**
     * Sets which legs to transfer; unset, Vobiz transfers the A leg.
     *
     * @param legs the legs, or null to leave it to Vobiz
     * @return this builder
     */
    public Builder legs(@Nullable Legs legs) {
      this.legs = legs;
      return this;
    }

    /**
     * Sets where the A leg fetches its new XML; required when the A leg is transferred.
     *
     * @param alegUrl an absolute http or https URL
     * @return this builder
     */
    public Builder alegUrl(@Nullable String alegUrl) {
      this.alegUrl = alegUrl;
      return this;
    }

    /**
     * Sets the HTTP method for {@code alegUrl}; unset, Vobiz uses {@code POST}.
     *
     * @param alegMethod {@code GET} or {@code POST}, in any case
     * @return this builder
     */
    public Builder alegMethod(@Nullable String alegMethod) {
      this.alegMethod = alegMethod;
      return this;
    }

    /**
     * Sets where the B leg fetches its new XML; required when the B leg is transferred.
     *
     * @param blegUrl an absolute http or https URL
     * @return this builder
     */
    public Builder blegUrl(@Nullable String blegUrl) {
      this.blegUrl = blegUrl;
      return this;
    }

    /**
     * Sets the HTTP method for {@code blegUrl}; unset, Vobiz uses {@code POST}.
     *
     * @param blegMethod {@code GET} or {@code POST}, in any case
     * @return this builder
     */
    public Builder blegMethod(@Nullable String blegMethod) {
      this.blegMethod = blegMethod;
      return this;
    }

    /**
     * Returns the checked request.
     *
     * @return the request
     * @throws IllegalArgumentException as {@link TransferRequest#TransferRequest the constructor}
     *     says, naming the parameter
     */
    public TransferRequest build() {
      return new TransferRequest(callUuid, legs, alegUrl, alegMethod,
          blegUrl, blegMethod);
    }
  }
}
