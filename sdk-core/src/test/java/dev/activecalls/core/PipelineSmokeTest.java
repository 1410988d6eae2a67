package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.testsupport.RecordingSleeper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class PipelineSmokeTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void getsAndDecodes() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"t1\", /* c */ \"extra\": 1}").build());
    try (TestClient client = TestClient.builder().apiKey("k-123").baseUrl(server.url("/").toString())
        .sleeper(new RecordingSleeper()).build()) {
      ApiResponse<TestClient.Thing> response = client.get("a b");
      assertThat(response.body()).isEqualTo(new TestClient.Thing("t1", null));
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/things/a%20b");
    assertThat(request.getHeaders().get("x-api-key")).isEqualTo("k-123");
    assertThat(request.getHeaders().get("User-Agent")).startsWith("activecalls-java/0.1.0-SNAPSHOT acme Java/");
  }
}
