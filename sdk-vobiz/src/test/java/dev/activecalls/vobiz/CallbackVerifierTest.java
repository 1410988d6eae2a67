package dev.activecalls.vobiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.vobiz.CallbackVerification.Invalid;
import dev.activecalls.vobiz.CallbackVerification.Reason;
import dev.activecalls.vobiz.CallbackVerification.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CallbackVerifier} against Vobiz's public V2 vectors and V3 vectors computed with
 * openssl, then every way a callback can be tampered with.
 *
 * <p>The V3 vectors come from the documented algorithm, base64(HMAC-SHA256(token, url + "." +
 * nonce)), computed independently with openssl (the same commands with {@code "${u}12345"}
 * reproduce the two public V2 vectors, which checks the method):
 *
 * <pre>
 * printf '%s' 'https://answer.url.12345' | openssl dgst -sha256 -hmac my_auth_token -binary | base64
 *   2tUVd+6dOTo/13hSmD0yrftTKb57pVvy0kxqkPKxcqk=
 * printf '%s' 'https://answer.url/.12345' | openssl dgst -sha256 -hmac my_auth_token -binary | base64
 *   IvkjvAg3QrWAzLPIerm2yPanI0nstWYRnZztSbAZ0b0=
 * printf '%s' 'https://example.com/vobiz/events.12345678901234567890' \
 *   | openssl dgst -sha256 -hmac my_auth_token -binary | base64
 *   XmKHYybuii+60+XGo4gffUxaiCoxBX3Memx/3gaPrtI=
 * printf '%s' 'https://example.com/vobiz/events.12345678901234567890' \
 *   | openssl dgst -sha256 -hmac my_parent_token -binary | base64
 *   jlKRqJKhHAd2q344149eklhmz7VMjBneDWRL92E9cUs=
 * printf '%s' 'https://example.com/vobiz/events12345678901234567890' \
 *   | openssl dgst -sha256 -hmac my_parent_token -binary | base64
 *   q1ODAmN85I5pJiW/9sT3a4PVdCvKTZvty7xuWo26roA=
 * </pre>
 */
class CallbackVerifierTest {
  /** Vobiz's public V2 vectors: my_auth_token, nonce 12345, https://answer.url and .../. */
  private static final String ANSWER_V2 = "ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc=";
  private static final String ANSWER_SLASH_V2 = "do1CXv+k99A6+B+eTcyqbxWlezFIxJ/1vz72787r37g=";
  /** The same with V3, from openssl (see above). */
  private static final String ANSWER_V3 = "2tUVd+6dOTo/13hSmD0yrftTKb57pVvy0kxqkPKxcqk=";
  private static final String ANSWER_SLASH_V3 = "IvkjvAg3QrWAzLPIerm2yPanI0nstWYRnZztSbAZ0b0=";
  private static final String ANSWER = "https://answer.url";
  private static final String TOKEN = "my_auth_token";
  private static final String PARENT_TOKEN = "my_parent_token";
  private static final String URL = "https://example.com/vobiz/events";
  private static final String NONCE = "12345678901234567890";
  private static final String V3 = "XmKHYybuii+60+XGo4gffUxaiCoxBX3Memx/3gaPrtI=";
  private static final String MA_V3 = "jlKRqJKhHAd2q344149eklhmz7VMjBneDWRL92E9cUs=";
  private static final String MA_V2 = "q1ODAmN85I5pJiW/9sT3a4PVdCvKTZvty7xuWo26roA=";

  private final CallbackVerifier verifier = CallbackVerifier.builder().authToken(TOKEN).build();

  @Test
  void thePublicV2VectorsPass() {
    assertThat(verifier.verify(ANSWER, v2(ANSWER_V2, "12345")))
        .isEqualTo(new Valid(SignatureVersion.V2, false));
    assertThat(verifier.verify(ANSWER + "/", v2(ANSWER_SLASH_V2, "12345")))
        .isEqualTo(new Valid(SignatureVersion.V2, false));
  }

  @Test
  void theTrailingSlashIsSigned() {
    assertThat(verifier.verify(ANSWER + "/", v2(ANSWER_V2, "12345")))
        .extracting(CallbackVerifierTest::reason).isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void theOpensslV3VectorsPass() {
    assertThat(verifier.verify(ANSWER, v3(ANSWER_V3, "12345")))
        .isEqualTo(new Valid(SignatureVersion.V3, false));
    assertThat(verifier.verify(ANSWER + "/", v3(ANSWER_SLASH_V3, "12345")))
        .isEqualTo(new Valid(SignatureVersion.V3, false));
    assertThat(verifier.verify(URL, v3(V3, NONCE))).isEqualTo(new Valid(SignatureVersion.V3, false));
  }

  @Test
  void aV2SignatureIsNotAV3OneNorTheOtherWayRound() {
    assertThat(reason(verifier.verify(ANSWER, v3(ANSWER_V2, "12345"))))
        .isEqualTo(Reason.SIGNATURE_MISMATCH);
    assertThat(reason(verifier.verify(ANSWER, v2(ANSWER_V3, "12345"))))
        .isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void queryAndFragmentAreNotSigned() {
    assertThat(verifier.verify(URL + "?CallUUID=abc&x=%2F", v3(V3, NONCE)).isValid()).isTrue();
    assertThat(verifier.verify(URL + "#top", v3(V3, NONCE)).isValid()).isTrue();
    assertThat(verifier.verify(URL + "?a=1#b?c", v3(V3, NONCE)).isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.com/vobiz/event",
      "https://example.com/vobiz/events/",
      "http://example.com/vobiz/events",
      "https://example.com:443/vobiz/events",
      "https://example.org/vobiz/events",
      "https://example.com/vobiz/Events",
      "https://EXAMPLE.com/vobiz/events"})
  void aTamperedUrlIsAMismatch(String url) {
    CallbackVerification result = verifier.verify(url, v3(V3, NONCE));

    assertThat(reason(result)).isEqualTo(Reason.SIGNATURE_MISMATCH);
    assertThat(((Invalid) result).detail()).contains(url).contains("X-Vobiz-Signature-V3");
  }

  @Test
  void aTamperedNonceTokenOrSignatureIsAMismatch() {
    assertThat(reason(verifier.verify(URL, v3(V3, "12345678901234567891"))))
        .isEqualTo(Reason.SIGNATURE_MISMATCH);
    CallbackVerifier otherToken = CallbackVerifier.builder().authToken("my_auth_tokem").build();
    assertThat(reason(otherToken.verify(URL, v3(V3, NONCE)))).isEqualTo(Reason.SIGNATURE_MISMATCH);
    String flipped = (V3.charAt(0) == 'X' ? "Y" : "X") + V3.substring(1);
    assertThat(reason(verifier.verify(URL, v3(flipped, NONCE)))).isEqualTo(Reason.SIGNATURE_MISMATCH);
    assertThat(reason(verifier.verify(URL, v3(V3.substring(0, V3.length() - 1), NONCE))))
        .isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void headerNamesMatchInAnyCase() {
    for (String name : List.of("X-Vobiz-Signature-V3", "x-vobiz-signature-v3",
        "X-VOBIZ-SIGNATURE-V3", "X-vobiz-Signature-v3")) {
      Map<String, List<String>> headers = Map.of(name, List.of(V3),
          name.replace("V3", "V3-Nonce").replace("v3", "v3-nonce"), List.of(NONCE));
      assertThat(verifier.verify(URL, headers).isValid()).as(name).isTrue();
    }
  }

  @Test
  void aHeaderLookupFunctionWorksToo() {
    Map<String, String> lowercase = Map.of("x-vobiz-signature-v3", V3, "x-vobiz-signature-v3-nonce", NONCE);

    assertThat(verifier.verify(URL, name -> lowercase.get(name.toLowerCase(Locale.ROOT))))
        .isEqualTo(new Valid(SignatureVersion.V3, false));
    assertThat(reason(verifier.verify(URL, name -> null))).isEqualTo(Reason.MISSING_SIGNATURE);
  }

  @Test
  void v3DecidesWhenPresent() {
    Map<String, List<String>> headers = new HashMap<>(v2(ANSWER_V2, "12345"));
    headers.putAll(v3("not-the-signature", "12345"));
    assertThat(reason(verifier.verify(ANSWER, headers))).isEqualTo(Reason.SIGNATURE_MISMATCH);

    headers.remove("X-Vobiz-Signature-V3-Nonce");
    assertThat(verifier.verify(ANSWER, headers))
        .isEqualTo(new Invalid(Reason.MISSING_NONCE, "no X-Vobiz-Signature-V3-Nonce header"));

    headers.remove("X-Vobiz-Signature-V3");
    assertThat(verifier.verify(ANSWER, headers)).isEqualTo(new Valid(SignatureVersion.V2, false));
  }

  @Test
  void missingHeadersHaveTheirReasons() {
    assertThat(reason(verifier.verify(URL, Map.of()))).isEqualTo(Reason.MISSING_SIGNATURE);
    assertThat(reason(verifier.verify(URL, headers("X-Vobiz-Signature-V3", " "))))
        .isEqualTo(Reason.MISSING_SIGNATURE);
    assertThat(reason(verifier.verify(URL, headers("X-Vobiz-Signature-V3-Nonce", NONCE))))
        .isEqualTo(Reason.MISSING_SIGNATURE);
    assertThat(reason(verifier.verify(URL, headers("X-Vobiz-Signature-V3", V3))))
        .isEqualTo(Reason.MISSING_NONCE);
    assertThat(reason(verifier.verify(URL, v2(V3, ""))))
        .isEqualTo(Reason.MISSING_NONCE);
    assertThat(reason(verifier.verify(URL, headers("X-Vobiz-Signature", "c2hhMQ=="))))
        .isEqualTo(Reason.UNSUPPORTED_VERSION);
  }

  @Test
  void theParentAccountSignaturesAreCheckedWithTheParentToken() {
    CallbackVerifier both = CallbackVerifier.builder().authToken(TOKEN).parentAuthToken(PARENT_TOKEN)
        .build();
    Map<String, List<String>> maV3 =
        headers("X-Vobiz-Signature-MA-V3", MA_V3, "X-Vobiz-Signature-V3-Nonce", NONCE);
    Map<String, List<String>> maV2 =
        headers("X-Vobiz-Signature-MA-V2", MA_V2, "X-Vobiz-Signature-V2-Nonce", NONCE);

    assertThat(both.verify(URL, maV3)).isEqualTo(new Valid(SignatureVersion.V3, true));
    assertThat(both.verify(URL, maV2)).isEqualTo(new Valid(SignatureVersion.V2, true));
    assertThat(reason(verifier.verify(URL, maV3))).isEqualTo(Reason.PARENT_TOKEN_NOT_CONFIGURED);
    // The account's own key does not sign the MA header, nor the parent's the account header.
    CallbackVerifier sameToken = CallbackVerifier.builder().authToken(TOKEN).parentAuthToken(TOKEN)
        .build();
    assertThat(reason(sameToken.verify(URL, maV3))).isEqualTo(Reason.SIGNATURE_MISMATCH);
    assertThat(reason(verifier.verify(URL, v3(MA_V3, NONCE)))).isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void aSubAccountCallbackCarriesBothAndEitherMatchingIsEnough() {
    Map<String, List<String>> headers = new HashMap<>(v3(V3, NONCE));
    headers.put("X-Vobiz-Signature-MA-V3", List.of(MA_V3));

    assertThat(verifier.verify(URL, headers)).isEqualTo(new Valid(SignatureVersion.V3, false));
    CallbackVerifier parentOnly = CallbackVerifier.builder().authToken("someone-else")
        .parentAuthToken(PARENT_TOKEN).build();
    assertThat(parentOnly.verify(URL, headers)).isEqualTo(new Valid(SignatureVersion.V3, true));
    assertThat(reason(CallbackVerifier.builder().authToken("someone-else").build().verify(URL, headers)))
        .isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void anyOfSeveralCommaSeparatedSignaturesMayMatch() {
    assertThat(verifier.verify(URL, v3("b2xkLXNpZ25hdHVyZQ==, " + V3, NONCE)).isValid()).isTrue();
    assertThat(verifier.verify(URL, v3(V3 + ",b2xk", NONCE)).isValid()).isTrue();
    Map<String, List<String>> twoLines =
        Map.of("X-Vobiz-Signature-V3", List.of("b2xk", V3), "X-Vobiz-Signature-V3-Nonce", List.of(NONCE));
    assertThat(verifier.verify(URL, twoLines).isValid()).isTrue();

    String nine = "a,b,c,d,e,f,g,h," + V3;
    assertThat(verifier.verify(URL, v3(nine, NONCE)))
        .isEqualTo(new Invalid(Reason.SIGNATURE_MISMATCH, "more than 8 signatures in one header"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/vobiz/events", "example.com/vobiz/events", "ftp://example.com/vobiz/events",
      "https:///vobiz/events", "https://:443/vobiz/events", "https://exa mple.com/vobiz/events",
      "https://example.com/vobiz/\nevents", ""})
  void aUrlThatIsNotAbsoluteHttpIsMalformed(String url) {
    CallbackVerification result = verifier.verify(url, v3(V3, NONCE));

    assertThat(reason(result)).isEqualTo(Reason.MALFORMED_URL);
    assertThat(((Invalid) result).detail()).doesNotContain("\n");
  }

  @Test
  void aBlankOrMissingTokenIsRefusedNamingIt() {
    assertThatThrownBy(() -> CallbackVerifier.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("authToken must be set and not blank");
    assertThatThrownBy(() -> CallbackVerifier.builder().authToken(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authToken");
    assertThatThrownBy(() -> CallbackVerifier.builder().authToken(TOKEN).parentAuthToken("").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("parentAuthToken");
    assertThatThrownBy(() -> CallbackVerifier.builder().replayProtection(Duration.ZERO, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
    assertThatThrownBy(() -> CallbackVerifier.builder().replayProtection(Duration.ofMinutes(5), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNonces");
  }

  @Test
  void noTokenOrExpectedSignatureIsShown() {
    CallbackVerifier both = CallbackVerifier.builder().authToken(TOKEN).parentAuthToken(PARENT_TOKEN)
        .replayProtection(Duration.ofMinutes(5), 100).build();
    Map<String, List<String>> wrong = new HashMap<>(v3("wrong", NONCE));
    wrong.put("X-Vobiz-Signature-MA-V3", List.of("wrong"));

    String shown = both + " " + both.verify(URL, wrong) + " "
        + both.verify("https://other.example/", v3(V3, NONCE));

    assertThat(both).hasToString("CallbackVerifier[parentAuthToken=set, replayProtection=on]");
    assertThat(shown).doesNotContain(TOKEN).doesNotContain(PARENT_TOKEN).doesNotContain(V3)
        .doesNotContain(MA_V3);
  }

  @Test
  void userInfoInTheUrlIsSignedButNeverShown() throws Exception {
    String url = "https://vobiz:s3cret@example.com/vobiz/events";
    Map<String, List<String>> signed = v3(sign(TOKEN, url + "." + NONCE), NONCE);

    assertThat(verifier.verify(url + "?x=1", signed).isValid()).isTrue();
    CallbackVerification wrong = verifier.verify("https://vobiz:s3cret@example.com/other", signed);
    CallbackVerification malformed = verifier.verify("ftp://vobiz:s3cret@example.com/x", signed);

    assertThat(((Invalid) wrong).detail()).contains("https://***@example.com/other").doesNotContain("s3cret");
    assertThat(((Invalid) malformed).detail()).contains("ftp://***@example.com/x").doesNotContain("s3cret");
  }

  @Test
  void replayProtectionIsOffByDefault() {
    assertThat(verifier.verify(URL, v3(V3, NONCE)).isValid()).isTrue();
    assertThat(verifier.verify(URL, v3(V3, NONCE)).isValid()).isTrue();
  }

  @Test
  void aNonceIsRejectedAsReplayedWithinTheWindowOnly() {
    MutableClock clock = new MutableClock();
    CallbackVerifier guarded = CallbackVerifier.builder().authToken(TOKEN)
        .replayProtection(Duration.ofMinutes(5), 100).clock(clock).build();

    assertThat(guarded.verify(URL, v3(V3, NONCE)).isValid()).isTrue();
    clock.advance(Duration.ofMinutes(4));
    assertThat(reason(guarded.verify(URL, v3(V3, NONCE)))).isEqualTo(Reason.REPLAYED);
    clock.advance(Duration.ofMinutes(1));
    assertThat(guarded.verify(URL, v3(V3, NONCE)).isValid()).isTrue(); // five minutes after the first
  }

  @Test
  void forgedCallbacksDoNotFillTheCache() {
    CallbackVerifier guarded = CallbackVerifier.builder().authToken(TOKEN)
        .replayProtection(Duration.ofMinutes(5), 1).clock(new MutableClock()).build();

    assertThat(reason(guarded.verify(URL, v3("forged", NONCE)))).isEqualTo(Reason.SIGNATURE_MISMATCH);
    assertThat(guarded.verify(URL, v3(V3, NONCE)).isValid()).isTrue();
  }

  @Test
  void droppingTheV3HeadersDoesNotGetAReplayPast() {
    CallbackVerifier guarded = CallbackVerifier.builder().authToken(TOKEN)
        .replayProtection(Duration.ofMinutes(5), 100).clock(new MutableClock()).build();
    Map<String, List<String>> both = new LinkedHashMap<>(v3(V3, NONCE));
    both.putAll(v2(ANSWER_V2, "12345"));

    assertThat(guarded.verify(URL, both).isValid()).isTrue();
    assertThat(reason(guarded.verify(ANSWER, v2(ANSWER_V2, "12345"))))
        .isEqualTo(Reason.REPLAYED);
  }

  @Test
  void pastMaxNoncesTheOldestIsForgotten() {
    CallbackVerifier guarded = CallbackVerifier.builder().authToken(TOKEN)
        .replayProtection(Duration.ofMinutes(5), 1).clock(new MutableClock()).build();

    assertThat(guarded.verify(ANSWER, v2(ANSWER_V2, "12345")).isValid()).isTrue();
    assertThat(guarded.verify(URL, v3(V3, NONCE)).isValid()).isTrue();
    assertThat(guarded.verify(ANSWER, v2(ANSWER_V2, "12345")).isValid()).isTrue();
    assertThat(reason(guarded.verify(ANSWER, v2(ANSWER_V2, "12345"))))
        .isEqualTo(Reason.REPLAYED);
  }

  @Test
  void aCallbackReceivedOverHttpVerifiesFromTheUrlAndHeadersTheServerSaw() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(new MockResponse.Builder().code(200).build());
      server.enqueue(new MockResponse.Builder().code(200).build());
      String url = server.url("/vobiz/events").toString();
      OkHttpClient http = new OkHttpClient();

      post(http, url + "?leg=a", sign(TOKEN, url + "." + NONCE));
      post(http, url + "?leg=b", sign("another-token", url + "." + NONCE));

      for (String expected : List.of("valid", "mismatch")) {
        RecordedRequest request = server.takeRequest();
        CallbackVerification result =
            verifier.verify(request.getUrl().toString(), request.getHeaders().toMultimap());
        assertThat(result.isValid() ? "valid" : "mismatch").isEqualTo(expected);
        assertThat(request.getUrl().toString()).contains("?leg=");
      }
      http.connectionPool().evictAll();
    }
  }

  private static void post(OkHttpClient http, String url, String signature) throws Exception {
    Request request = new Request.Builder().url(url)
        .header("x-vobiz-signature-v3", signature).header("x-vobiz-signature-v3-nonce", NONCE)
        .post(new FormBody.Builder().add("CallUUID", "abc").add("Event", "Hangup").build()).build();
    try (Response response = http.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
  }

  /** The test's own HMAC, independent of the verifier's code. */
  private static String sign(String key, String message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, List<String>> v2(String signature, String nonce) {
    return headers("X-Vobiz-Signature-V2", signature, "X-Vobiz-Signature-V2-Nonce", nonce);
  }

  private static Map<String, List<String>> v3(String signature, String nonce) {
    return headers("X-Vobiz-Signature-V3", signature, "X-Vobiz-Signature-V3-Nonce", nonce);
  }

  /** Headers from names and values, one value each. */
  private static Map<String, List<String>> headers(String... namesAndValues) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
    }
    return headers;
  }

  private static Reason reason(CallbackVerification result) {
    assertThat(result).isInstanceOf(Invalid.class);
    return ((Invalid) result).reason();
  }

  /** A clock the test moves by hand. */
  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-06-11T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
