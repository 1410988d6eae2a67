package dev.activecalls.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** Checks that requests are built once per method, path and query, and that the set stays bounded. */
class PreparedRequestsTest {
  private static final ResponseDecoder<String> ANY = reader -> reader.nextString();
  private final PreparedRequests requests = new PreparedRequests(
      HttpUrl.get("https://api.example.test/base"), Headers.of("User-Agent", "sdk/1", "Accept", "application/json"));

  @Test
  void buildsFromEncodedSegmentsAndQueryWithTheFixedHeaders() {
    Request request = requests.of(ApiRequest.get(ANY, "v1", "calls", "a%2Fb", "").withQuery("phone", "+1 555"));

    assertThat(request.url().toString()).isEqualTo("https://api.example.test/base/v1/calls/a%2Fb/?phone=%2B1%20555");
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.body()).isNull();
    assertThat(request.headers().toMultimap()).containsOnlyKeys("user-agent", "accept");
  }

  @Test
  void theSameRequestIsReusedAndAnotherMethodOrQueryGetsItsOwn() {
    Request first = requests.of(ApiRequest.get(ANY, "v1", "calls"));
    Request again = requests.of(ApiRequest.get(ANY, "v1", "calls"));
    Request paged = requests.of(ApiRequest.get(ANY, "v1", "calls").withQuery("page", "2"));
    Request deleted = requests.of(ApiRequest.delete(ANY, "v1", "calls"));
    Request posted = requests.of(ApiRequest.post(ANY, "v1", "calls"));

    assertThat(again).isSameAs(first);
    assertThat(paged.url().queryParameter("page")).isEqualTo("2");
    assertThat(deleted.method()).isEqualTo("DELETE");
    assertThat(deleted.body()).isNull();
    assertThat(posted.method()).isEqualTo("POST");
    assertThat(posted.body()).isNotNull();
    assertThat(requests.size()).isEqualTo(4);
  }

  @Test
  void oneRequestPerCallIdNeverKeepsMoreThanTheBound() {
    for (int id = 0; id < PreparedRequests.MAX_REQUESTS * 3 + 7; id++) {
      Request request = requests.of(ApiRequest.get(ANY, "v1", "calls", "call-" + id));
      assertThat(request.url().pathSegments()).containsExactly("base", "v1", "calls", "call-" + id);
      assertThat(requests.size()).isLessThanOrEqualTo(PreparedRequests.MAX_REQUESTS);
    }
  }
}
