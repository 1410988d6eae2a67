package dev.activecalls.examples;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * A real headless Chromium driven over the Chrome DevTools Protocol: one page, its console errors
 * and uncaught exceptions, JavaScript evaluated in it, and screenshots. Speaks CDP's JSON over an
 * OkHttp WebSocket, so the tests need no Selenium and no driver binary. The browser is {@code
 * $CHROMIUM}, else {@code chromium} or {@code chromium-browser} on the PATH.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration CALL = Duration.ofSeconds(20);

  private final Process process;
  private final Path profile;
  private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ZERO).build();
  private final Map<Integer, CompletableFuture<Map<?, ?>>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();
  private final WebSocket socket;

  private HeadlessChromium(String executable, int width, int height) throws IOException, InterruptedException {
    profile = Files.createTempDirectory("wallboard-chromium");
    List<String> command = new ArrayList<>(List.of(executable, "--headless=new", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--hide-scrollbars",
        "--no-first-run", "--no-default-browser-check", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-extensions", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--mute-audio"));
    if ("root".equals(System.getProperty("user.name"))) {
      command.add("--no-sandbox"); // Chromium refuses to run as root with its sandbox (CI containers)
    }
    command.add("about:blank");
    process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String browserUrl = devToolsUrl();
    socket = connect(pageSocket(browserUrl));
    send("Runtime.enable", Map.of());
    send("Log.enable", Map.of());
    send("Page.enable", Map.of());
    send("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /**
   * Starts Chromium with an empty profile.
   *
   * @throws AssertionError when no Chromium is installed: the browser test fails, it is not skipped
   */
  static HeadlessChromium launch(int width, int height) throws IOException, InterruptedException {
    return new HeadlessChromium(executable().orElseThrow(() -> new AssertionError(
        "No Chromium found: the wallboard's browser test needs one. Install it (Debian/Ubuntu: "
            + "apt-get install chromium; .ci/run does this) or set CHROMIUM to the browser's path.")),
        width, height);
  }

  /** Returns the browser to run: $CHROMIUM, else chromium or chromium-browser on the PATH. */
  static Optional<String> executable() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(configured);
    }
    String path = System.getenv("PATH");
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate.toString());
        }
      }
    }
    return Optional.empty();
  }

  /** Reads the browser's DevTools address from its stderr, then keeps draining it. */
  private String devToolsUrl() throws InterruptedException {
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            url.complete(m.group(1));
          } else if (stderr.size() < 200) {
            stderr.add(line);
          }
        }
      } catch (IOException e) {
        // The browser ended.
      }
      url.completeExceptionally(new IllegalStateException("Chromium exited: " + stderr));
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return url.get(START.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("Chromium did not start its DevTools in " + START.toSeconds()
          + " s; its stderr: " + stderr, e);
    }
  }

  /** Finds the first page's WebSocket, next to the browser's: http://host:port/json/list. */
  private String pageSocket(String browserUrl) throws IOException {
    String list = browserUrl.replaceFirst("^ws://([^/]+)/.*$", "http://$1/json/list");
    try (Response response = http.newCall(new Request.Builder().url(list).build()).execute()) {
      List<?> targets = (List<?>) parse(response.body().string());
      for (Object target : targets) {
        Map<?, ?> t = (Map<?, ?>) target;
        if ("page".equals(t.get("type"))) {
          return (String) t.get("webSocketDebuggerUrl");
        }
      }
    }
    throw new IllegalStateException("Chromium has no page at " + list);
  }

  private WebSocket connect(String url) {
    return http.newWebSocket(new Request.Builder().url(url).build(), new WebSocketListener() {
      @Override
      public void onMessage(WebSocket webSocket, String text) {
        Map<?, ?> message = (Map<?, ?>) parse(text);
        if (message.get("id") instanceof Number id) {
          CompletableFuture<Map<?, ?>> reply = pending.remove(id.intValue());
          if (reply != null) {
            reply.complete(message);
          }
        } else {
          event(String.valueOf(message.get("method")), (Map<?, ?>) message.get("params"));
        }
      }

      @Override
      public void onFailure(WebSocket webSocket, Throwable t, @Nullable Response response) {
        pending.values().forEach(reply -> reply.completeExceptionally(t));
      }
    });
  }

  /** Keeps what a user would see in the DevTools console as an error. */
  private void event(String method, Map<?, ?> params) {
    switch (method) {
      case "Runtime.consoleAPICalled" -> {
        if ("error".equals(params.get("type")) || "assert".equals(params.get("type"))) {
          errors.add("console." + params.get("type") + ": " + params.get("args"));
        }
      }
      case "Runtime.exceptionThrown" -> errors.add("exception: " + params.get("exceptionDetails"));
      case "Log.entryAdded" -> {
        Map<?, ?> entry = (Map<?, ?>) params.get("entry");
        if ("error".equals(entry.get("level"))) {
          errors.add("log: " + entry.get("text") + " " + entry.get("url"));
        }
      }
      default -> { }
    }
  }

  /** Sends one CDP command and returns its result; fails on a CDP error. */
  Map<?, ?> send(String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    CompletableFuture<Map<?, ?>> reply = new CompletableFuture<>();
    pending.put(id, reply);
    Buffer json = new Buffer();
    try (JsonWriter w = JsonWriter.of(json)) {
      w.jsonValue(Map.of("id", id, "method", method, "params", params));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    socket.send(json.readUtf8());
    Map<?, ?> message;
    try {
      message = reply.get(CALL.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(method + " got no answer from Chromium", e);
    } finally {
      pending.remove(id);
    }
    if (message.get("error") != null) {
      throw new IllegalStateException(method + " failed: " + message.get("error"));
    }
    return (Map<?, ?>) message.get("result");
  }

  /** Opens a URL in the page; returns once the browser has committed to it. */
  void navigate(String url) {
    send("Page.navigate", Map.of("url", url));
  }

  /**
   * Evaluates JavaScript in the page and returns its value, as JSON decodes it (numbers are
   * doubles).
   */
  @Nullable Object evaluate(String expression) {
    Map<?, ?> result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (result.get("exceptionDetails") != null) {
      throw new IllegalStateException("JavaScript failed: " + expression + ": " + result.get("exceptionDetails"));
    }
    return ((Map<?, ?>) result.get("result")).get("value");
  }

  /**
   * Evaluates {@code expression} until {@code done} accepts its value, and returns that value.
   *
   * @throws AssertionError with the last value if the deadline passes
   */
  @Nullable Object await(String expression, Predicate<@Nullable Object> done, Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    while (true) {
      Object value = evaluate(expression);
      if (done.test(value)) {
        return value;
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("After " + deadline.toMillis() + " ms, " + expression + " is still " + value);
      }
      try {
        Thread.sleep(10); // the browser's own rendering is all that is waited for
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /** Takes a PNG of the page's viewport. */
  byte[] screenshot() {
    Map<?, ?> result = send("Page.captureScreenshot", Map.of("format", "png"));
    return Base64.getDecoder().decode((String) result.get("data"));
  }

  /** Returns the console errors, uncaught exceptions and failed loads so far. */
  List<String> errors() {
    return List.copyOf(errors);
  }

  private static Object parse(String json) {
    try {
      return JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ends the browser and its child processes, and deletes its profile. An interrupt while waiting
   * for the browser to exit kills it at once and is kept on the thread.
   */
  @Override
  public void close() {
    socket.cancel();
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    children.forEach(ProcessHandle::destroyForcibly);
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A renderer still writing its cache: the temp directory is left to the OS.
    }
  }
}
