package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.errors.UnexpectedStatusException;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.ErrorDetails;
import dev.activecalls.core.internal.ErrorInBodyException;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.core.testsupport.RecordingSleeper;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResponseDecodingTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private TestClient client;

  @BeforeEach
  void setUp() {
    client = TestClient.builder().apiKey("k").baseUrl(server.url("/").toString()).sleeper(sleeper).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private void respond(String body) {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("x-request-id", "r-dec").body(body).build());
  }

  @Test
  void commentsAndUnknownFieldsAreAccepted() {
    respond("{\n  // a comment, as in Vobiz's docs\n  \"id\": \"t1\", # another\n  \"new\": {\"x\": [1]}\n}");

    assertThat(client.get("x").body()).isEqualTo(new TestClient.Thing("t1", null));
  }

  @Test
  void wrongTypeNamesTheJsonPathAndQuotesTheBody() {
    respond("{\"id\": {\"nested\": true}}");

    ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class, () -> client.get("x"));

    assertThat(e.jsonPath()).isEqualTo("$.id");
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.requestId()).isEqualTo("r-dec");
    assertThat(e.bodyExcerpt()).isEqualTo("{\"id\": {\"nested\": true}}");
    assertThat(e).hasMessageContaining("GET /things/x").hasMessageContaining("$.id");
    assertThat(sleeper.waits()).as("a decoding failure is not retried").isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void notJsonAtAllIsADecodingFailure() {
    respond("<html><body>maintenance</body></html>");

    ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class, () -> client.get("x"));

    assertThat(e.bodyExcerpt()).startsWith("<html>");
  }

  @Test
  void emptyAndNullBodiesAreDecodingFailures() {
    respond("");
    respond("null");

    assertThat(catchThrowableOfType(ResponseDecodingException.class, () -> client.get("a")).jsonPath()).isEqualTo("$");
    assertThat(catchThrowableOfType(ResponseDecodingException.class, () -> client.get("b")).getMessage())
        .contains("Expected a thing object but was NULL at path $");
  }

  @Test
  void aMissingRequiredValueIsADecodingFailure() {
    respond("{\"name\": \"no id\"}");

    ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class, () -> client.get("x"));

    assertThat(e.bodyExcerpt()).contains("no id");
    assertThat(e.jsonPath()).isEqualTo("$.id");
    assertThat(e).hasMessageContaining("Required value 'id' is missing, null or empty at path $.id");
  }

  @Test
  void aNullRequiredValueInsideAListNamesTheElementsField() {
    respond("[{\"id\":\"a\"},{\"id\":null,\"name\":\"b\"},{\"id\":\"c\"}]");

    ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class,
        () -> client.http.execute(TestClient.things(), RequestOptions.none()));

    assertThat(e.jsonPath()).isEqualTo("$[1].id");
  }

  /** A model whose constructor checks its input, as some vendor records do. */
  public record Checked(String id) {
    public Checked {
      if (id.startsWith("bad")) {
        throw new IllegalArgumentException("id must not start with bad");
      }
    }
  }

  @Test
  void aModelConstructorRefusingTheValueIsADecodingFailureSyncAndAsync() throws Exception {
    ApiRequest<Checked> request =
        ApiRequest.get(reader -> new Checked(TestClient.THING.decode(reader).id()), "things");
    respond("{\"id\":\"bad-1\"}");
    respond("{\"id\":\"bad-2\"}");

    assertThat(catchThrowableOfType(ResponseDecodingException.class,
        () -> client.http.execute(request, RequestOptions.none())).bodyExcerpt()).contains("bad-1");
    java.util.concurrent.CompletableFuture<?> async = client.http.executeAsync(request, RequestOptions.none());
    assertThat(catchThrowableOfType(java.util.concurrent.ExecutionException.class,
        () -> async.get(10, java.util.concurrent.TimeUnit.SECONDS)))
        .cause().isInstanceOf(ResponseDecodingException.class).hasMessageContaining("bad-2");
  }

  @Test
  void theExcerptIsShort() {
    respond("[" + "1,".repeat(5000) + "1]");

    ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class, () -> client.get("x"));

    assertThat(e.bodyExcerpt()).hasSizeLessThanOrEqualTo(303).endsWith("...");
  }

  @Test
  void anErrorInsideASuccessBodyBecomesTheTypedErrorWithTheRealStatus() {
    respond("{\"error\":\"not found\"}");
    ApiRequest<TestClient.Thing> request = ApiRequest.get(reader -> {
      throw new ErrorInBodyException(404, new ErrorDetails("E1", "not found", "b-7", null));
    }, "things", "x");

    NotFoundException e = catchThrowableOfType(NotFoundException.class,
        () -> client.http.execute(request, RequestOptions.none()));

    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.vendorMessage()).isEqualTo("not found");
    assertThat(e.errorCode()).isEqualTo("E1");
    assertThat(e.requestId()).as("the header wins over the body").isEqualTo("r-dec");
    assertThat(e.body()).isEqualTo("{\"error\":\"not found\"}");
    assertThat(e).hasMessageStartingWith("HTTP 200 from GET /things/x: not found");
  }

  @Test
  void anErrorInsideASuccessBodyWithAnOddMeaningIsUnexpected() {
    respond("{}");
    ApiRequest<TestClient.Thing> request = ApiRequest.get(reader -> {
      throw new ErrorInBodyException(200, ErrorDetails.NONE);
    }, "things", "x");

    assertThat(catchThrowableOfType(UnexpectedStatusException.class,
        () -> client.http.execute(request, RequestOptions.none())).statusCode()).isEqualTo(200);
  }

  @Test
  void anUndecodableBodyIsLookedAtAgainForTheErrorItReports() {
    String body = "{\"calls\": \"nope\", \"error\": \"not found\"}";
    respond(body);
    ErrorSpotter decoder = new ErrorSpotter();

    NotFoundException e = catchThrowableOfType(NotFoundException.class,
        () -> client.http.execute(ApiRequest.get(decoder, "things", "x"), RequestOptions.none()));

    assertThat(decoder.reread).as("the second look reads the whole body from its start").containsExactly(body);
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.vendorMessage()).isEqualTo("not found");
    assertThat(e.body()).isEqualTo(body);
    assertThat(e.requestId()).isEqualTo("r-dec");
  }

  @Test
  void anUndecodableBodyWithoutAnErrorKeepsItsDecodingFailure() {
    respond("{\"calls\": \"nope\"}");
    ErrorSpotter decoder = new ErrorSpotter();

    ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class,
        () -> client.http.execute(ApiRequest.get(decoder, "things", "x"), RequestOptions.none()));

    assertThat(decoder.reread).containsExactly("{\"calls\": \"nope\"}");
    assertThat(e.jsonPath()).isEqualTo("$.calls");
    assertThat(e).hasMessageContaining("Expected calls to be a list");
  }

  @Test
  void aSecondLookThatCannotReadTheBodyKeepsTheDecodingFailure() {
    respond("{\"calls\": \"nope\", \"error\": ");
    ErrorSpotter decoder = new ErrorSpotter();

    ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class,
        () -> client.http.execute(ApiRequest.get(decoder, "things", "x"), RequestOptions.none()));

    assertThat(decoder.reread).singleElement().asString().startsWith("(unreadable");
    assertThat(e.jsonPath()).isEqualTo("$.calls");
  }

  @Test
  void aBodyOver64KiBGetsNoSecondLook() {
    respond("{\"calls\": \"nope\", \"error\": \"not found\", \"pad\": \"" + "x".repeat(64 * 1024) + "\"}");
    ErrorSpotter decoder = new ErrorSpotter();

    assertThat(catchThrowableOfType(ResponseDecodingException.class,
        () -> client.http.execute(ApiRequest.get(decoder, "things", "x"), RequestOptions.none()))).isNotNull();
    assertThat(decoder.reread).isEmpty();
  }

  /** Fails on a {@code calls} that is not a list; on a second look, reports any {@code error} text. */
  private static final class ErrorSpotter implements ResponseDecoder<TestClient.Thing> {
    final List<String> reread = new ArrayList<>();

    @Override
    public TestClient.Thing decode(JsonReader reader) throws IOException {
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals("calls") && reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
          throw new JsonDataException("Expected calls to be a list at path " + reader.getPath());
        }
        reader.skipValue();
      }
      reader.endObject();
      return new TestClient.Thing("t", null);
    }

    @Override
    public void rejectErrorBody(JsonReader body) throws IOException {
      String text;
      try (BufferedSource source = body.peekJson().nextSource()) {
        text = source.readUtf8();
      } catch (IOException e) {
        text = "(unreadable: " + e.getMessage() + ")";
      }
      reread.add(text);
      body.beginObject();
      while (body.hasNext()) {
        if (body.nextName().equals("error")) {
          throw new ErrorInBodyException(404, new ErrorDetails(null, body.nextString(), null, null));
        }
        body.skipValue();
      }
    }
  }
}
