package dev.activecalls.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link FakeVobiz#sendCallback}: signed callbacks posted over loopback to a test's endpoint. */
class FakeVobizCallbackTest {
  private final FakeVobiz vobiz = FakeVobiz.builder().authToken("callback-token").start();
  private final MockWebServer endpoint = new MockWebServer();

  @AfterEach
  void close() throws Exception {
    vobiz.close();
    endpoint.close();
  }

  private static Map<String, String> hangup() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("Event", "Hangup");
    form.put("CallUUID", "97ceeb52-58b6-11e1-86da-77300b68f8bb");
    form.put("From", "+14156667777");
    form.put("CallStatus", "completed");
    return form;
  }

  @Test
  void aValidCallbackIsSignedWithTheAuthTokenInV2AndV3() throws Exception {
    endpoint.enqueue(new MockResponse.Builder().code(204).build());
    endpoint.start();
    String url = endpoint.url("/vobiz/events").toString();

    int status = vobiz.sendCallback(url + "?leg=a", hangup());

    assertThat(status).isEqualTo(204);
    RecordedRequest request = endpoint.takeRequest();
    Headers headers = request.getHeaders();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(headers.get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(request.getBody().utf8()).isEqualTo("Event=Hangup"
        + "&CallUUID=97ceeb52-58b6-11e1-86da-77300b68f8bb&From=%2B14156667777&CallStatus=completed");
    String v2Nonce = headers.get("X-Vobiz-Signature-V2-Nonce");
    String v3Nonce = headers.get("X-Vobiz-Signature-V3-Nonce");
    assertThat(v2Nonce).matches("[0-9]{20}").isNotEqualTo(v3Nonce);
    assertThat(v3Nonce).matches("[0-9]{20}");
    assertThat(headers.get("X-Vobiz-Signature-V2")).isEqualTo(hmac("callback-token", url + v2Nonce));
    assertThat(headers.get("X-Vobiz-Signature-V3")).isEqualTo(hmac("callback-token", url + "." + v3Nonce));
  }

  @Test
  void aBadCallbackCarriesSignaturesThatDoNotMatch() throws Exception {
    endpoint.enqueue(new MockResponse.Builder().code(403).build());
    endpoint.start();
    String url = endpoint.url("/vobiz/events").toString();

    assertThat(vobiz.sendCallback(url, hangup(), CallbackSignature.BAD)).isEqualTo(403);

    Headers headers = endpoint.takeRequest().getHeaders();
    String v3Nonce = headers.get("X-Vobiz-Signature-V3-Nonce");
    assertThat(headers.get("X-Vobiz-Signature-V3")).isNotBlank()
        .isNotEqualTo(hmac("callback-token", url + "." + v3Nonce));
    assertThat(headers.get("X-Vobiz-Signature-V2")).isNotBlank()
        .isNotEqualTo(hmac("callback-token", url + headers.get("X-Vobiz-Signature-V2-Nonce")));
  }

  @Test
  void anUnsignedCallbackHasNoSignatureHeaders() throws Exception {
    endpoint.enqueue(new MockResponse.Builder().code(200).build());
    endpoint.start();

    vobiz.sendCallback(endpoint.url("/vobiz/events").toString(), Map.of(), CallbackSignature.NONE);

    assertThat(endpoint.takeRequest().getHeaders().names())
        .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("x-vobiz"));
  }

  @Test
  void aBadUrlOrAnEndpointThatIsDownIsAnError() throws Exception {
    endpoint.start();
    String url = endpoint.url("/vobiz/events").toString();
    endpoint.close();

    assertThatThrownBy(() -> vobiz.sendCallback("/vobiz/events", hangup()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url");
    assertThatThrownBy(() -> vobiz.sendCallback(url, hangup()))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("/vobiz/events");
  }

  /** The test's own HMAC: base64(HMAC-SHA256(key, message)). */
  private static String hmac(String key, String message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }
}
