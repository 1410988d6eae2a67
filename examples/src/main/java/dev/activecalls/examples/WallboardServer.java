package dev.activecalls.examples;

import com.squareup.moshi.JsonWriter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.activecalls.core.live.CallView;
import dev.activecalls.core.live.LiveState;
import dev.activecalls.monitor.CallEvent;
import dev.activecalls.monitor.LiveCallMonitor;
import dev.activecalls.monitor.MonitorSnapshot;
import dev.activecalls.monitor.SourceHealth;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The web half of the wallboard: a {@link LiveCallMonitor} on a web page, with the JDK's own HTTP
 * server and no framework. {@code GET /} serves {@code wallboard/index.html}; {@code GET /events}
 * is a Server-Sent-Events stream: a {@code snapshot} of every live call and source first, then a
 * {@code call} or {@code source} event for each {@link CallEvent}, and a {@code health} event
 * every second (each source's health and the monitor's clock; it doubles as the keep-alive).
 *
 * <p>Listens on loopback only. Each browser gets its own bounded queue: the monitor's thread never
 * waits for a browser, and a browser that falls {@link #DEFAULT_QUEUE} events behind is dropped
 * (its {@code EventSource} reconnects and starts again from a snapshot). At most {@link
 * #DEFAULT_MAX_STREAMS} streams are served at once, on a fixed pool of threads.
 *
 * <pre>{@code
 * WallboardServer web = new WallboardServer(1.0);
 * LiveCallMonitor monitor = LiveCallMonitor.builder()...listener(web::publish).build();
 * web.start(monitor, 8080);   // then open web.url()
 * }</pre>
 */
public final class WallboardServer implements AutoCloseable {
  /** How many events a browser may fall behind before it is dropped. */
  public static final int DEFAULT_QUEUE = 1024;
  /** How many event streams are served at once; more get a 503. */
  public static final int DEFAULT_MAX_STREAMS = 16;
  /** How often every browser hears each source's health and the clock. */
  public static final Duration HEALTH_EVERY = Duration.ofSeconds(1);

  private static final String PAGE = "wallboard/index.html";
  /** Tells a stream's thread to end its response; every real message has text. */
  private static final String END = "";

  private final double speed;
  private final int queueSize;
  private final int maxStreams;
  private final Set<Stream> streams = new CopyOnWriteArraySet<>();
  private final Object broadcast = new Object(); // orders each new stream's snapshot before its events
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile @Nullable HttpServer http;
  private volatile @Nullable ExecutorService workers;
  private volatile @Nullable ScheduledExecutorService ticker;
  private volatile @Nullable LiveCallMonitor monitor;

  /**
   * Creates a server that does not listen yet: give {@link #publish} to the monitor as a listener,
   * then {@link #start} it.
   *
   * @param speed how many seconds the monitor's clock moves in one real second (1 for real
   *     vendors), so the page can tick call durations between updates
   */
  public WallboardServer(double speed) {
    this(speed, DEFAULT_QUEUE, DEFAULT_MAX_STREAMS);
  }

  /** For tests: smaller limits. */
  WallboardServer(double speed, int queueSize, int maxStreams) {
    this.speed = speed;
    this.queueSize = queueSize;
    this.maxStreams = maxStreams;
  }

  /**
   * Starts listening on 127.0.0.1.
   *
   * @param source the monitor whose snapshot each new browser gets first
   * @param port the port, or 0 for any free one
   * @throws UncheckedIOException if the port cannot be bound
   * @throws IllegalStateException if already started, or closed
   */
  public synchronized void start(LiveCallMonitor source, int port) {
    if (http != null || closed.get()) {
      throw new IllegalStateException("WallboardServer is already started, or closed");
    }
    this.monitor = Objects.requireNonNull(source, "source");
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port, e);
    }
    // Each stream holds a thread for its life; the spare ones keep the page servable at the cap.
    ExecutorService pool = Executors.newFixedThreadPool(maxStreams + 2, named("wallboard-http"));
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
    ScheduledExecutorService health = Executors.newSingleThreadScheduledExecutor(named("wallboard-health"));
    health.scheduleAtFixedRate(this::sendHealth, HEALTH_EVERY.toMillis(), HEALTH_EVERY.toMillis(),
        TimeUnit.MILLISECONDS);
    http = server;
    workers = pool;
    ticker = health;
  }

  /**
   * Returns the page's address, like {@code http://127.0.0.1:8080/}.
   *
   * @return the URL
   * @throws IllegalStateException if not started
   */
  public URI url() {
    HttpServer server = http;
    if (server == null) {
      throw new IllegalStateException("WallboardServer is not started");
    }
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /**
   * Sends one monitor event to every browser; the monitor's listener. Returns at once.
   *
   * @param event the event
   */
  public void publish(CallEvent event) {
    send(message(event));
  }

  /**
   * Counts the browsers connected to the event stream.
   *
   * @return how many streams are open
   */
  public int streamCount() {
    return streams.size();
  }

  /** Sends a prepared SSE message to every stream, dropping those that are too far behind. */
  void send(String message) {
    synchronized (broadcast) {
      for (Stream stream : streams) {
        if (!stream.queue.offer(message)) {
          drop(stream); // a browser that cannot keep up starts again from a snapshot
        }
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      if (!exchange.getRequestMethod().equals("GET")) {
        reply(exchange, 405, "text/plain", "GET only");
      } else if (path.equals("/")) {
        reply(exchange, 200, "text/html; charset=utf-8", page());
      } else if (path.equals("/events")) {
        stream(exchange);
      } else {
        reply(exchange, 404, "text/plain", "Not found");
      }
    } finally {
      exchange.close();
    }
  }

  private void stream(HttpExchange exchange) throws IOException {
    Stream stream = new Stream(new ArrayBlockingQueue<>(queueSize));
    synchronized (broadcast) {
      if (closed.get() || streams.size() >= maxStreams) {
        exchange.getResponseHeaders().set("Retry-After", "5");
        reply(exchange, 503, "text/plain", "Too many wallboards open");
        return;
      }
      stream.queue.add(snapshot(Objects.requireNonNull(monitor).snapshot()));
      streams.add(stream);
    }
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write("retry: 2000\n\n".getBytes(StandardCharsets.UTF_8)); // reconnect soon after a drop
      while (true) {
        String message = stream.queue.take();
        if (message.isEmpty()) {
          break;
        }
        out.write(message.getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (IOException e) {
      // The browser went away: nothing to tell anyone.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      streams.remove(stream);
    }
  }

  private void drop(Stream stream) {
    streams.remove(stream);
    stream.queue.clear();
    stream.queue.offer(END);
  }

  private void sendHealth() {
    LiveCallMonitor source = monitor;
    if (source != null && !streams.isEmpty()) {
      MonitorSnapshot now = source.snapshot();
      send(json("health", w -> {
        w.name("now").value(now.at().toString());
        sources(w, now.sources());
      }));
    }
  }

  private String snapshot(MonitorSnapshot now) {
    return json("snapshot", w -> {
      w.name("now").value(now.at().toString());
      w.name("speed").value(speed);
      w.name("calls").beginArray();
      for (CallView call : now.calls()) {
        call(w, call);
      }
      w.endArray();
      sources(w, now.sources());
    });
  }

  private static String message(CallEvent event) {
    if (event instanceof CallEvent.SourceFailing failing) {
      return json("source", w -> w.name("type").value("failing").name("now").value(event.at().toString())
          .name("source").value(failing.sourceName()).name("error").value(failing.error()));
    } else if (event instanceof CallEvent.SourceRecovered) {
      return json("source", w -> w.name("type").value("recovered").name("now").value(event.at().toString())
          .name("source").value(event.sourceName()));
    }
    String type = event.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    CallView call = event instanceof CallEvent.Started started ? started.call()
        : event instanceof CallEvent.Changed changed ? changed.call() : ((CallEvent.Ended) event).call();
    return json("call", w -> {
      w.name("type").value(type).name("now").value(event.at().toString());
      w.name("sent").value(System.currentTimeMillis()); // the browser test's latency starts here
      w.name("call");
      call(w, call);
    });
  }

  private static void call(JsonWriter w, CallView call) throws IOException {
    w.beginObject();
    w.name("key").value(call.sourceName() + "/" + call.callId());
    w.name("source").value(call.sourceName());
    w.name("vendor").value(call.vendor());
    w.name("id").value(call.callId());
    w.name("state").value(call.state().raw());
    w.name("known").value(call.state().known().map(LiveState::name).orElse(null));
    w.name("from").value(call.from());
    w.name("to").value(call.to());
    w.name("agent").value(call.agent());
    w.name("startedAt").value(text(call.startedAt()));
    w.name("durationS").value(call.duration() == null ? null : call.duration().toSeconds());
    w.endObject();
  }

  private static void sources(JsonWriter w, List<SourceHealth> sources) throws IOException {
    w.name("sources").beginArray();
    for (SourceHealth source : sources) {
      w.beginObject();
      w.name("name").value(source.name());
      w.name("vendor").value(source.vendor());
      w.name("status").value(source.status().name());
      w.name("lastSuccess").value(text(source.lastSuccess()));
      w.name("error").value(source.lastError());
      w.endObject();
    }
    w.endArray();
  }

  private static @Nullable String text(@Nullable Instant instant) {
    return instant == null ? null : instant.toString();
  }

  /** Writes the body of one JSON object. */
  private interface Body {
    void write(JsonWriter w) throws IOException;
  }

  /** Returns one SSE message: its name, and one line of JSON (JsonWriter escapes newlines). */
  private static String json(String event, Body body) {
    Buffer buffer = new Buffer();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      w.setSerializeNulls(true);
      w.beginObject();
      body.write(w);
      w.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Buffer does not fail
    }
    return "event: " + event + "\ndata: " + buffer.readUtf8() + "\n\n";
  }

  private static byte[] page() throws IOException {
    try (InputStream in = WallboardServer.class.getClassLoader().getResourceAsStream(PAGE)) {
      if (in == null) {
        throw new IOException("The page " + PAGE + " is missing from the class path");
      }
      return in.readAllBytes();
    }
  }

  private static void reply(HttpExchange exchange, int status, String type, String text) throws IOException {
    reply(exchange, status, type, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true); // a forgotten close() must not keep the JVM alive
      return thread;
    };
  }

  /**
   * Ends every stream, stops listening and stops the threads; waits up to a few seconds for them.
   * Idempotent.
   */
  @Override
  public synchronized void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    synchronized (broadcast) {
      streams.forEach(this::drop);
    }
    ScheduledExecutorService health = ticker;
    if (health != null) {
      health.shutdownNow();
      awaitQuietly(health);
    }
    HttpServer server = http;
    if (server != null) {
      server.stop(0); // also closes the connection of a stream stuck writing to a browser
    }
    ExecutorService pool = workers;
    if (pool != null) {
      pool.shutdownNow();
      awaitQuietly(pool);
    }
  }

  private static void awaitQuietly(ExecutorService threads) {
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One browser's event stream: what it has not been sent yet. */
  private static final class Stream {
    final BlockingQueue<String> queue;

    Stream(BlockingQueue<String> queue) {
      this.queue = queue;
    }
  }
}
