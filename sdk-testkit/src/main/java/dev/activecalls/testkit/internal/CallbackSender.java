package dev.activecalls.testkit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Posts a callback as Vobiz does: {@code application/x-www-form-urlencoded}, with {@code
 * X-Vobiz-Signature-V2}/{@code -V3} and their nonces. Written apart from sdk-vobiz's verifier
 * (the testkit does not depend on it), so that each checks the other.
 */
public final class CallbackSender {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private CallbackSender() {}

  /**
   * Posts a form to a URL and returns the status it answered.
   *
   * @param url where to post, an absolute http(s) URL; everything before its query and fragment
   *     is signed, exactly as given
   * @param form the fields, sent in the map's order
   * @param signingKey the key to sign with, or null to send no signature headers
   * @param nonces draws a fresh nonce for V2, then one for V3
   * @return the endpoint's HTTP status
   * @throws IllegalArgumentException if {@code url} is not an http(s) URL
   * @throws UncheckedIOException if the endpoint cannot be reached or does not answer
   */
  public static int send(String url, Map<String, String> form, @Nullable String signingKey,
      Supplier<String> nonces) {
    HttpUrl target = HttpUrl.parse(url);
    if (target == null) {
      throw new IllegalArgumentException("url must be an absolute http(s) URL: " + url);
    }
    Request.Builder request = new Request.Builder().url(target);
    if (signingKey != null) {
      // As Vobiz does: the URL as configured, without query and fragment, not OkHttp's
      // normalized form (which would add a "/" to an empty path).
      String signed = url.split("[?#]", 2)[0];
      String v2Nonce = nonces.get();
      String v3Nonce = nonces.get();
      request.header("X-Vobiz-Signature-V2", hmac(signingKey, signed + v2Nonce))
          .header("X-Vobiz-Signature-V2-Nonce", v2Nonce)
          .header("X-Vobiz-Signature-V3", hmac(signingKey, signed + "." + v3Nonce))
          .header("X-Vobiz-Signature-V3-Nonce", v3Nonce);
    }
    FormBody.Builder body = new FormBody.Builder(StandardCharsets.UTF_8);
    form.forEach(body::add);
    OkHttpClient client = new OkHttpClient.Builder().callTimeout(TIMEOUT)
        .followRedirects(false).build();
    try (Response response = client.newCall(request.post(body.build()).build()).execute()) {
      return response.code();
    } catch (IOException e) {
      HttpUrl shown = target.newBuilder().username("").password("").query(null).build();
      throw new UncheckedIOException("callback to " + shown + " failed", e);
    } finally {
      client.connectionPool().evictAll(); // one client per callback: leave no idle connection
    }
  }

  private static String hmac(String key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] hmac = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(hmac);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
