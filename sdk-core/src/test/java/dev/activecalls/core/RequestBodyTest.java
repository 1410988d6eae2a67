package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.JsonBody;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** What an action sends: exactly the documented fields as JSON, or an empty body. */
class RequestBodyTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private TestClient client() {
    return TestClient.builder().apiKey("k-0123456789").baseUrl(server.url("/").toString())
        .sleeper(new RecordingSleeper()).build();
  }

  @Test
  void aJsonBodyGoesOutExactlyWithItsContentType() throws Exception {
    server.enqueue(new MockResponse.Builder().code(202).body("{\"id\":\"t1\"}").build());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("legs", "aleg");
    fields.put("aleg_url", "https://example.com/xfer?a=1&b=\u00e9");
    fields.put("bleg_url", null); // absent: not sent at all
    fields.put("count", 2);
    fields.put("testing", false);

    try (TestClient client = client()) {
      client.http.execute(ApiRequest.post(TestClient.THING, "calls", "c-1").withJsonBody(JsonBody.object(fields)),
          RequestOptions.none());
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/calls/c-1");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"legs\":\"aleg\",\"aleg_url\":\"https://example.com/xfer?a=1&b=\u00e9\",\"count\":2,"
            + "\"testing\":false}");
  }

  @Test
  void aPostWithoutABodySendsAnEmptyOne() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"t1\"}").build());

    try (TestClient client = client()) {
      client.http.execute(ApiRequest.post(TestClient.THING, "calls", "c-1", "end-call"), RequestOptions.none());
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getHeaders().get("Content-Length")).isEqualTo("0");
    assertThat(request.getBody().size()).isZero();
  }

  @Test
  void aValueThatIsNotAJsonScalarIsRefusedNamingTheField() {
    assertThatThrownBy(() -> JsonBody.object(Map.of("legs", new Object())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("legs is a java.lang.Object");
  }
}
