package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.RetryPolicy;
import dev.activecalls.core.errors.ActiveCallsException;
import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.AuthenticationException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.RateLimitException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.testsupport.ReadmeSnippets;
import dev.activecalls.core.testsupport.RecordingSleeper;
import dev.activecalls.testkit.Fault;
import dev.activecalls.testkit.FakeTrillet;
import dev.activecalls.trillet.ActiveCallDetails;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.GetActiveCallRequest;
import dev.activecalls.trillet.TrilletClient;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the code of the README's guide sections (errors, retries and timeouts, async, raw
 * responses, a shared OkHttpClient, testing with sdk-testkit) against a fake Trillet, and checks
 * that the README holds exactly this code.
 */
class ReadmeGuideTest {
  private static final String SOURCE = "src/test/java/dev/activecalls/examples/ReadmeGuideTest.java";

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final Output output = new Output();
  private FakeTrillet fake;
  private TrilletClient trillet;
  private TrilletClient.Builder builder;

  @BeforeEach
  void setUp() {
    fake = FakeTrillet.start();
    fake.addCall(c -> c.roomName("call-abc123").customerPhone("+14155551234"));
    builder = TrilletClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
        .workspaceId(fake.workspaceId()).sleeper(sleeper);
    trillet = builder.build();
  }

  @AfterEach
  void tearDown() {
    trillet.close();
    fake.close();
  }

  @Test
  void readmeHoldsThisCode() {
    for (String tag : List.of("shape", "errors", "retries", "withoptions", "async", "raw", "okhttp", "testkit")) {
      ReadmeSnippets.assertInReadme(SOURCE, tag);
    }
  }

  @Test
  void readmeShowsTheTwoCommandsAndTheDemoJarThisBuildMakes() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String pom = Files.readString(Path.of("pom.xml"));

    assertThat(readme).contains(
        "mvn -B -q -DskipTests -pl examples -am package && java -jar examples/target/activecalls-demo.jar",
        "mvn -B verify");
    assertThat(pom).contains("<finalName>activecalls-demo</finalName>", "<mainClass>dev.activecalls.examples.Demo</mainClass>");
    assertThat(Files.readString(Path.of("../.ci/run"))).contains("mvn -B verify");
  }

  @Test
  void readmeCoordinatesNameRealArtifactsAtThisVersion() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String bom = Files.readString(Path.of("../sdk-bom/pom.xml"));

    String version = bom.replaceAll("(?s).*?<artifactId>sdk-bom</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
    assertThat(readme).contains("<artifactId>sdk-bom</artifactId>\n      <version>" + version + "</version>");
    for (String artifact : List.of("sdk-core", "sdk-trillet", "sdk-vobiz", "sdk-talkover", "sdk-testkit")) {
      assertThat(bom).contains("<artifactId>" + artifact + "</artifactId>");
      assertThat(readme).contains("dev.activecalls:" + artifact);
    }
  }

  @Test
  void errors() {
    fake.enqueue(Fault.status(401));
    PrintStream out = output.stream;
    String roomName = "call-gone";
    handleErrors(trillet, roomName, out);
    handleErrors(trillet, roomName, out);

    assertThat(output.text()).contains(
        "check TRILLET_API_KEY: HTTP 401 from GET /v2/api/active-calls/call-gone",
        "call-gone has ended");
  }

  private static void handleErrors(TrilletClient trillet, String roomName, PrintStream out) {
    // README:errors:start
    try {
      ActiveCallDetails call = trillet.activeCalls().get(roomName);
      out.println(call.transcript().size() + " transcript lines");
    } catch (NotFoundException e) {
      out.println(roomName + " has ended");              // or use find(), which returns Optional
    } catch (AuthenticationException e) {
      out.println("check TRILLET_API_KEY: " + e.getMessage());
    } catch (RateLimitException e) {
      out.println("slow down for " + e.retryAfter().orElse(Duration.ofMinutes(1)));
    } catch (ApiException e) {                           // any other HTTP error
      out.println(e.statusCode() + " " + e.vendorMessage() + " request id " + e.requestId());
    } catch (ResponseDecodingException e) {              // a body we could not read
      out.println("unexpected JSON at " + e.jsonPath() + ": " + e.bodyExcerpt());
    } catch (ApiConnectionException e) {                 // no answer: network, timeout (ApiTimeoutException)
      out.println("Trillet unreachable: " + e.getMessage());
    }
    // README:errors:end
  }

  @Test
  void retries() {
    fake.enqueue(Fault.status(503).times(2));
    // README:retries:start
    TrilletClient patient = builder                      // TrilletClient.builder().apiKey(..)...
        .retryPolicy(RetryPolicy.builder()
            .maxRetries(4)                               // default 2
            .initialBackoff(Duration.ofMillis(250))      // default 0.5 s, doubling up to maxBackoff
            .maxBackoff(Duration.ofSeconds(4))           // default 8 s
            .maxRetryAfter(Duration.ofSeconds(30))       // default 60 s; a longer Retry-After fails at once
            .build())
        .connectTimeout(Duration.ofSeconds(5))           // default 10 s
        .readTimeout(Duration.ofSeconds(15))             // default 30 s
        .callTimeout(Duration.ofSeconds(20))             // default none; a hard bound per attempt
        .maxResponseBytes(4L * 1024 * 1024)              // default 32 MiB, counted after decompression
        .build();
    ActiveCallList calls = patient.activeCalls().list(); // rides out 503s with backoff

    RequestOptions quick = RequestOptions.builder()      // for one call only
        .timeout(Duration.ofSeconds(2))
        .maxRetries(0)
        .header("X-Correlation-Id", "wallboard-42")
        .build();
    ActiveCallList now = patient.activeCalls().list(quick);
    // README:retries:end
    patient.close();

    assertThat(calls.count()).isEqualTo(1);
    assertThat(now.count()).isEqualTo(1);
    assertThat(sleeper.waits()).hasSize(2);
    assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(187), Duration.ofMillis(250));
    assertThat(sleeper.waits().get(1)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(fake.lastRequest().header("X-Correlation-Id")).isEqualTo("wallboard-42");
  }

  @Test
  void shape() throws Exception {
    // README:shape:start
    ActiveCallDetails call = trillet.activeCalls().get("call-abc123");              // blocking
    CompletableFuture<ActiveCallList> later = trillet.async().activeCalls().list(); // async
    ApiResponse<Optional<ActiveCallDetails>> answer =                                // raw: a 404 is an answer
        trillet.activeCalls().withRawResponse().find(new GetActiveCallRequest("call-gone"));
    ActiveCallList quick = trillet.activeCalls().list(                               // one call's options
        RequestOptions.builder().timeout(Duration.ofSeconds(2)).build());
    // README:shape:end

    assertThat(call.roomName()).isEqualTo("call-abc123");
    assertThat(later.get(10, TimeUnit.SECONDS).count()).isEqualTo(1);
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).isEmpty();
    assertThat(quick.count()).isEqualTo(1);
  }

  @Test
  void withoptions() {
    // README:withoptions:start
    TrilletClient nightly = trillet.withOptions(b -> b
        .readTimeout(Duration.ofSeconds(60))             // a slow report may wait longer
        .maxRetries(5)
        .header("X-Report", "nightly"));                 // sent with every call of this variant
    ActiveCallList forReport = nightly.activeCalls().list();
    nightly.close();                                     // trillet keeps working
    // README:withoptions:end

    assertThat(forReport.count()).isEqualTo(1);
    assertThat(fake.lastRequest().header("X-Report")).isEqualTo("nightly");
    assertThat(trillet.activeCalls().list().count()).isEqualTo(1);
    assertThat(fake.lastRequest().header("X-Report")).isNull();
  }

  @Test
  void async() throws Exception {
    // README:async:start
    CompletableFuture<Optional<ActiveCallDetails>> pending = trillet.async().activeCalls().find("call-abc123");
    pending.thenAccept(call -> call.ifPresent(c -> System.out.println(c.roomName() + ": " + c.duration())));
    // pending.cancel(true) cancels the HTTP call and every retry still to come
    // README:async:end

    assertThat(pending.get(10, TimeUnit.SECONDS)).isPresent();
  }

  @Test
  void raw() {
    // README:raw:start
    ApiResponse<ActiveCallList> response = trillet.activeCalls().withRawResponse().list();
    System.out.println(response.statusCode() + " request id " + response.requestId()
        + " rate limit left " + response.headers().get("x-ratelimit-remaining"));
    ActiveCallList calls = response.body();
    // README:raw:end

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.requestId()).startsWith("fake-req-");
    assertThat(calls.count()).isEqualTo(1);
  }

  @Test
  void okhttp() {
    String baseUrl = fake.baseUrl();
    String apiKey = fake.apiKey();
    String workspaceId = fake.workspaceId();
    // README:okhttp:start
    OkHttpClient shared = new OkHttpClient.Builder()     // your app's client: pool, proxy, TLS, tracing
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("X-App", "wallboard").build()))
        .build();
    TrilletClient trillet = TrilletClient.builder()
        .apiKey(apiKey)
        .workspaceId(workspaceId)
        .baseUrl(baseUrl)                                // only for proxies and tests
        .okHttpClient(shared)                            // reused, never modified
        .build();
    // README:okhttp:end
    try (trillet) {
      assertThat(trillet.activeCalls().list().count()).isEqualTo(1);
    }
    assertThat(fake.lastRequest().header("X-App")).isEqualTo("wallboard");
    assertThat(shared.interceptors()).hasSize(1);
  }

  @Test
  void testkit() {
    // README:testkit:start
    try (FakeTrillet fake = FakeTrillet.start();
        TrilletClient trillet = TrilletClient.builder()
            .baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).workspaceId(fake.workspaceId())
            .build()) {
      fake.addCall(c -> c.roomName("call-abc123").sentiment("negative").customerSays("Cancel my plan."));
      fake.enqueue(Fault.rateLimit(Duration.ZERO));          // a 429 the SDK retries at once

      ActiveCallList calls = trillet.activeCalls().list();   // or run your own code under test

      assertThat(calls.count()).isEqualTo(1);
      assertThat(fake.requests()).hasSize(2);
    }
    // README:testkit:end
  }
}
