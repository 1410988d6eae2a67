package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonReader;
import dev.activecalls.core.live.CallView;
import dev.activecalls.monitor.LiveCallMonitor;
import dev.activecalls.testkit.Fault;
import dev.activecalls.testkit.FakeTrillet;
import dev.activecalls.trillet.TrilletClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wallboard's web server over real loopback HTTP, and its wiring's options. */
class WallboardTest {
  private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build();

  @AfterEach
  void tearDown() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Test
  void servesOnePageThatNeedsNothingFromTheInternetWithItsScriptUnder200Lines() throws IOException {
    try (Wallboard board = Wallboard.start(Wallboard.Options.parse(), name -> null)) {
      String page;
      try (Response response = get(board.url())) {
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        page = response.body().string();
      }

      assertThat(board.url().toString()).startsWith("http://127.0.0.1:");
      assertThat(page).contains("<table id=\"calls\">", "new EventSource(\"events\")");
      assertThat(page).doesNotContain("src=\"http", "href=\"http", "@import", "url(http");
      String script = page.substring(page.indexOf("<script>"), page.indexOf("</script>"));
      assertThat(script.lines().count()).as("the page's JavaScript, in lines").isLessThan(200);
      try (Response missing = get(board.url().resolve("/favicon.ico"))) {
        assertThat(missing.code()).isEqualTo(404);
      }
      try (Response post = http.newCall(new Request.Builder().url(board.url().toString())
          .post(RequestBody.create(new byte[0])).build()).execute()) {
        assertThat(post.code()).isEqualTo(405);
      }
    }
  }

  @Test
  void theStreamStartsWithASnapshotThenSendsEachCallThatStarts() throws IOException {
    try (Wallboard board = Wallboard.start(Wallboard.Options.parse(), name -> null);
        EventStream events = new EventStream(get(board.url().resolve("/events")))) {
      OfflineVendors offline = Objects.requireNonNull(board.offline());

      Map<?, ?> snapshot = events.next("snapshot");
      assertThat(events.response.header("Content-Type")).isEqualTo("text/event-stream; charset=utf-8");
      assertThat(field(snapshot.get("calls"), "key")).containsExactlyElementsOf(keys(board.snapshot().calls()));
      assertThat(field(snapshot.get("sources"), "status")).containsExactly("HEALTHY", "HEALTHY", "HEALTHY");
      assertThat(snapshot.get("speed")).isEqualTo(5.0);
      assertThat(snapshot.get("now")).isEqualTo(offline.scenario().now().toString());

      String id = offline.talkover().addCall(c -> c.to("+15551230000").status("ringing")).id();
      board.pollNow();

      Map<?, ?> started = events.next("call");
      assertThat(started.get("type")).isEqualTo("started");
      Map<?, ?> call = (Map<?, ?>) started.get("call");
      assertThat(call.get("key")).isEqualTo("talkover/" + id);
      assertThat(call.get("vendor")).isEqualTo("talkover");
      assertThat(call.get("to")).isEqualTo("+15551230000");
      assertThat(call.get("state")).isEqualTo("ringing");
      assertThat(call.get("known")).isEqualTo("RINGING");
      assertThat((Double) started.get("sent")).isPositive();
      assertThat(events.next("health").get("sources")).asList().hasSize(3);
    }
  }

  @Test
  void aCallEndedThroughTheFakeIsSentAsEndedAndAFailingSourceAsFailing() throws IOException {
    try (Wallboard board = Wallboard.start(Wallboard.Options.parse(), name -> null);
        EventStream events = new EventStream(get(board.url().resolve("/events")))) {
      OfflineVendors offline = Objects.requireNonNull(board.offline());
      events.next("snapshot");
      CallView vobiz = board.snapshot().calls().stream().filter(c -> c.vendor().equals("vobiz")).findFirst()
          .orElseThrow();

      offline.vobiz().endCall(vobiz.callId());
      board.pollNow();

      Map<?, ?> ended = events.next("call");
      assertThat(ended.get("type")).isEqualTo("ended");
      assertThat(((Map<?, ?>) ended.get("call")).get("key")).isEqualTo("vobiz/" + vobiz.callId());

      offline.trillet().enqueue(Fault.status(503));
      board.pollNow();

      Map<?, ?> failing = events.next("source");
      assertThat(failing.get("type")).isEqualTo("failing");
      assertThat(failing.get("source")).isEqualTo("trillet");
      assertThat((String) failing.get("error")).contains("503");
    }
  }

  @Test
  void aBrowserThatFallsBehindIsDroppedAndTheMonitorNeverWaitsForIt() throws Exception {
    try (FakeTrillet fake = FakeTrillet.start();
        TrilletClient trillet = TrilletClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
            .workspaceId(fake.workspaceId()).build();
        WallboardServer web = new WallboardServer(1, 4, 2);
        LiveCallMonitor monitor = LiveCallMonitor.builder().source(trillet.callSource())
            .listener(web::publish).build()) {
      web.start(monitor, 0);
      try (Socket stalled = new Socket("127.0.0.1", web.url().getPort())) {
        OutputStream request = stalled.getOutputStream();
        request.write("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        request.flush(); // and never read: the socket's buffers fill, then its queue
        awaitStreams(web, 1);

        String big = "event: filler\ndata: " + "x".repeat(64 * 1024) + "\n\n";
        long start = System.nanoTime();
        for (int i = 0; i < 10_000 && web.streamCount() > 0; i++) {
          web.send(big);
        }

        assertThat(web.streamCount()).as("the stalled browser is dropped").isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        fake.addCall(c -> c.roomName("call-after-the-drop"));
        monitor.pollNow(); // the monitor's listener returns although a browser is stuck
        try (EventStream events = new EventStream(get(web.url().resolve("/events")))) {
          assertThat((List<?>) events.next("snapshot").get("calls")).hasSize(1);
        }
      }
    }
  }

  @Test
  void moreStreamsThanTheCapAreTurnedAwayWhileThePageIsStillServed() throws IOException {
    try (FakeTrillet fake = FakeTrillet.start();
        TrilletClient trillet = TrilletClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
            .workspaceId(fake.workspaceId()).build();
        WallboardServer web = new WallboardServer(1, 16, 2);
        LiveCallMonitor monitor = LiveCallMonitor.builder().source(trillet.callSource())
            .listener(web::publish).build()) {
      web.start(monitor, 0);
      try (EventStream first = new EventStream(get(web.url().resolve("/events")));
          EventStream second = new EventStream(get(web.url().resolve("/events")))) {
        first.next("snapshot");
        second.next("snapshot");

        try (Response third = get(web.url().resolve("/events"))) {
          assertThat(third.code()).isEqualTo(503);
          assertThat(third.header("Retry-After")).isEqualTo("5");
        }
        try (Response page = get(web.url())) {
          assertThat(page.code()).isEqualTo(200);
        }
      }
    }
  }

  @Test
  void closeEndsTheStreamsAndReleasesTheThreads() throws IOException {
    Wallboard board = Wallboard.start(Wallboard.Options.parse(), name -> null);
    try (EventStream events = new EventStream(get(board.url().resolve("/events")))) {
      events.next("snapshot");
      assertThat(wallboardThreads()).isNotEmpty();

      board.close();

      assertThat(events.untilEnd()).as("the stream ends").isTrue();
      assertThat(wallboardThreads()).isEmpty();
      assertThatThrownBy(() -> get(board.url()).close()).isInstanceOf(IOException.class);
    }
  }

  @Test
  void runPrintsTheUrlAndStopsAfterFor() {
    Output out = new Output();

    int code = Wallboard.run(new String[] {"--wallboard", "--for", "0s"}, out.stream, name -> null);

    assertThat(code).isZero();
    assertThat(out.text()).containsPattern("Wallboard: http://127\\.0\\.0\\.1:\\d+/ \\(offline fakes, simulated time x5\\)")
        .contains("Stops after 0 s", "Wallboard stopped");
  }

  @Test
  void optionsAreReadAndBadOnesAreNamed() {
    assertThat(Wallboard.Options.parse("--wallboard", "--port", "8080", "--for", "60s", "--live"))
        .isEqualTo(new Wallboard.Options(true, 8080, Duration.ofSeconds(60)));
    assertThat(Wallboard.Options.parse("--for", "5m").runFor()).isEqualTo(Duration.ofMinutes(5));
    assertThat(Wallboard.Options.parse("--for", "90").runFor()).isEqualTo(Duration.ofSeconds(90));
    assertThat(Wallboard.Options.parse()).isEqualTo(new Wallboard.Options(false, 0, null));
    Output out = new Output();

    assertThat(Wallboard.run(new String[] {"--wallboard", "--for", "soon"}, out.stream, name -> null)).isEqualTo(2);
    assertThat(Wallboard.run(new String[] {"--port", "70000"}, out.stream, name -> null)).isEqualTo(2);
    assertThat(Wallboard.run(new String[] {"--colour"}, out.stream, name -> null)).isEqualTo(2);

    assertThat(out.text()).contains("--for must be like 60s, 5m or 1h, was soon",
        "--port must be 0 to 65535, was 70000", "Unknown option: --colour", Wallboard.USAGE);
  }

  @Test
  void liveWatchesOnlyTheVendorsWhoseCredentialsAreSet() {
    Output out = new Output();
    assertThat(Wallboard.run(new String[] {"--wallboard", "--live"}, out.stream, name -> null)).isEqualTo(1);
    assertThat(out.text()).contains("TRILLET_API_KEY", "VOBIZ_AUTH_ID", "TALKOVER_API_TOKEN");

    try (FakeTrillet fake = FakeTrillet.start()) {
      fake.addCall(c -> c.roomName("call-live-1"));
      Map<String, String> env = Map.of("TRILLET_API_KEY", fake.apiKey(), "TRILLET_WORKSPACE_ID",
          fake.workspaceId(), "TRILLET_BASE_URL", fake.baseUrl());

      try (Wallboard board = Wallboard.start(Wallboard.Options.parse("--live"), env::get)) {
        assertThat(board.offline()).isNull();
        assertThat(board.pollNow().calls()).extracting(CallView::callId).containsExactly("call-live-1");
        assertThat(board.snapshot().sources()).extracting(source -> source.name()).containsExactly("trillet");
        assertThatThrownBy(board::tick).isInstanceOf(IllegalStateException.class);
      }
    }
  }

  private Response get(URI url) throws IOException {
    return http.newCall(new Request.Builder().url(url.toString()).build()).execute();
  }

  private static List<Object> field(Object list, String name) {
    return ((List<?>) list).stream().map(item -> (Object) ((Map<?, ?>) item).get(name)).toList();
  }

  private static List<String> keys(List<CallView> calls) {
    return calls.stream().map(call -> call.sourceName() + "/" + call.callId()).toList();
  }

  private static void awaitStreams(WallboardServer web, int count) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (web.streamCount() != count && System.nanoTime() < end) {
      Thread.sleep(5); // waits for the server's thread to take the connection, not for simulated time
    }
    assertThat(web.streamCount()).isEqualTo(count);
  }

  private static List<String> wallboardThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
        .filter(name -> name.startsWith("wallboard-")).toList();
  }

  /** Reads a Server-Sent-Events response, one event at a time. */
  private static final class EventStream implements AutoCloseable {
    final Response response;
    private final BufferedSource source;

    EventStream(Response response) {
      assertThat(response.code()).isEqualTo(200);
      this.response = response;
      this.source = response.body().source();
    }

    /** Skips other events (like the one-second health) up to the next one named {@code name}. */
    Map<?, ?> next(String name) throws IOException {
      while (true) {
        String event = null;
        String data = null;
        for (String line; !(line = Objects.requireNonNull(source.readUtf8Line(), "the stream ended")).isEmpty(); ) {
          if (line.startsWith("event: ")) {
            event = line.substring(7);
          } else if (line.startsWith("data: ")) {
            data = line.substring(6);
          }
        }
        if (name.equals(event) && data != null) {
          return (Map<?, ?>) JsonReader.of(new Buffer().writeUtf8(data)).readJsonValue();
        }
      }
    }

    /** Reads to the end; true when the server ended the response. */
    boolean untilEnd() {
      try {
        while (source.readUtf8Line() != null) {
          // health events until the server closes
        }
        return true;
      } catch (SocketTimeoutException e) {
        return false; // still open
      } catch (IOException e) {
        return true; // the connection closed under the read
      }
    }

    @Override
    public void close() {
      response.close();
    }
  }
}
