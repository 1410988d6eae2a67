package dev.activecalls.examples;

import dev.activecalls.core.Sleeper;
import dev.activecalls.core.errors.ActiveCallsException;
import dev.activecalls.monitor.LiveCallMonitor;
import dev.activecalls.monitor.MonitorSnapshot;
import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.trillet.TrilletClient;
import dev.activecalls.vobiz.VobizClient;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The live wallboard: a {@link LiveCallMonitor} over Trillet, Vobiz and Talkover, shown on a web
 * page by {@link WallboardServer}. This class is the wiring. Offline (the default) it starts the
 * testkit fakes with the demo's seeded scenario and plays it in accelerated simulated time, {@link
 * #STEP} every {@link #TICK}; with {@code --live} it watches the real vendors whose credentials
 * are in the environment.
 *
 * <pre>
 * java -jar activecalls-demo.jar --wallboard [--port 8080] [--for 60s] [--live]
 * </pre>
 */
public final class Wallboard implements AutoCloseable {
  /** How far the offline scenario moves at each tick, in simulated time. */
  public static final Duration STEP = Duration.ofSeconds(5);
  /** How often the offline scenario ticks, in real time: five simulated seconds a second. */
  public static final Duration TICK = Duration.ofSeconds(1);

  static final String USAGE = "usage: --wallboard [--port <n>] [--for <duration, like 60s or 5m>] [--live]";
  private static final System.Logger LOG = System.getLogger("dev.activecalls.examples.wallboard");

  private final @Nullable OfflineVendors offline;
  private final List<AutoCloseable> clients;
  private final LiveCallMonitor monitor;
  private final WallboardServer web;
  private @Nullable ScheduledExecutorService player;
  private boolean playing;
  private boolean closed;

  private Wallboard(@Nullable OfflineVendors offline, List<AutoCloseable> clients, LiveCallMonitor monitor,
      WallboardServer web) {
    this.offline = offline;
    this.clients = clients;
    this.monitor = monitor;
    this.web = web;
  }

  /**
   * Runs the wallboard until stopped, and exits non-zero if it could not start.
   *
   * @param args the options, see {@link Options#parse}
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System::getenv);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Starts the wallboard, prints its URL and serves it until the JVM is stopped or {@code --for}
   * has passed.
   *
   * @param args the options, see {@link Options#parse}
   * @param out where to print
   * @param env the environment variables {@code --live} reads
   * @return 0 when it ran, 1 when it could not start, 2 on bad options
   */
  public static int run(String[] args, PrintStream out, Function<String, @Nullable String> env) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      out.println(USAGE);
      return 2;
    }
    try (Wallboard board = start(options, env)) {
      Thread stopper = new Thread(board::close, "wallboard-stop"); // Ctrl-C closes the servers
      Runtime.getRuntime().addShutdownHook(stopper);
      board.play();
      out.println("Wallboard: " + board.url() + " (" + (board.offline == null
          ? "live vendors" : "offline fakes, simulated time x" + STEP.dividedBy(TICK)) + ")");
      out.println(options.runFor() == null ? "Ctrl-C to stop" : "Stops after " + options.runFor().toSeconds() + " s");
      out.flush();
      try {
        if (options.runFor() == null) {
          new CountDownLatch(1).await(); // until Ctrl-C
        } else {
          Thread.sleep(options.runFor().toMillis());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Runtime.getRuntime().removeShutdownHook(stopper);
      out.println("Wallboard stopped");
      return 0;
    } catch (ActiveCallsException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
      out.println("Failed: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Starts the vendors (fakes, or clients of the real ones), the monitor and the web server, and
   * polls once offline; nothing moves until {@link #play()}, so a test can drive it with {@link
   * #tick()} and {@link #pollNow()}.
   *
   * @param options the options
   * @param env the environment variables {@code --live} reads
   * @return the running wallboard; close it when done
   * @throws IllegalStateException with {@code --live} when no vendor's credentials are set
   */
  public static Wallboard start(Options options, Function<String, @Nullable String> env) {
    List<AutoCloseable> clients = new ArrayList<>();
    OfflineVendors offline = null;
    WallboardServer web;
    LiveCallMonitor.Builder monitor = LiveCallMonitor.builder();
    try {
      if (options.live()) {
        web = new WallboardServer(1);
        // Only the vendors you have an account with: a missing second variable still fails by name.
        if (env.apply("TRILLET_API_KEY") != null) {
          monitor.source(add(clients, TrilletClient.builder().fromEnv(env).build()).callSource());
        }
        if (env.apply("VOBIZ_AUTH_ID") != null) {
          monitor.source(add(clients, VobizClient.builder().fromEnv(env).build()).callSource());
        }
        if (env.apply(TalkoverClient.ENV_API_TOKEN) != null) {
          monitor.source(add(clients, TalkoverClient.builder().fromEnv(env).build()).callSource());
        }
        if (clients.isEmpty()) {
          throw new IllegalStateException("--live needs one vendor's credentials: TRILLET_API_KEY and "
              + "TRILLET_WORKSPACE_ID, VOBIZ_AUTH_ID and VOBIZ_AUTH_TOKEN, or TALKOVER_API_TOKEN");
        }
      } else {
        web = new WallboardServer((double) STEP.toMillis() / TICK.toMillis());
        offline = OfflineVendors.start(Sleeper.system());
        var clock = offline.scenario().clock(); // clients, fakes and monitor share simulated time
        monitor.clock(clock)
            .source(add(clients, offline.trilletClient().clock(clock).build()).callSource())
            .source(add(clients, offline.vobizClient().clock(clock).build()).callSource())
            .source(add(clients, offline.talkoverClient().clock(clock).build()).callSource());
      }
      Wallboard board = new Wallboard(offline, clients, monitor.listener(web::publish).build(), web);
      if (offline != null) {
        board.monitor.pollNow(); // the first browser sees calls at once
      }
      web.start(board.monitor, options.port());
      return board;
    } catch (RuntimeException e) {
      clients.forEach(Wallboard::closeQuietly);
      if (offline != null) {
        offline.close();
      }
      throw e;
    }
  }

  private static <T extends AutoCloseable> T add(List<AutoCloseable> clients, T client) {
    clients.add(client);
    return client;
  }

  /**
   * Sets things moving on their own: offline, a {@link #tick()} every {@link #TICK}; live, the
   * monitor's own polling, every 5 s within each vendor's budget.
   */
  public synchronized void play() {
    if (playing || closed) {
      return;
    }
    playing = true;
    if (offline == null) {
      monitor.start();
      return;
    }
    ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "wallboard-player");
      thread.setDaemon(true);
      return thread;
    });
    player = ticks;
    ticks.scheduleAtFixedRate(() -> {
      try {
        tick();
      } catch (RuntimeException e) {
        // Must not stop the schedule; a failing vendor is the monitor's business, not this.
        LOG.log(Level.WARNING, "A wallboard tick failed", e);
      }
    }, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Offline: moves the scenario {@link #STEP} on and polls every vendor; the browsers hear the
   * changes.
   *
   * @return the monitor's snapshot after the poll
   * @throws IllegalStateException with {@code --live}, where time is real
   */
  public MonitorSnapshot tick() {
    if (offline == null) {
      throw new IllegalStateException("tick() is for the offline wallboard");
    }
    offline.scenario().advance(STEP);
    return monitor.pollNow();
  }

  /**
   * Polls every vendor once, now, without moving time: to see a change made to a fake at once.
   *
   * @return the monitor's snapshot after the poll
   */
  public MonitorSnapshot pollNow() {
    return monitor.pollNow();
  }

  /**
   * Returns what the monitor knows now.
   *
   * @return the snapshot
   */
  public MonitorSnapshot snapshot() {
    return monitor.snapshot();
  }

  /**
   * Returns the page's address.
   *
   * @return like {@code http://127.0.0.1:8080/}
   */
  public URI url() {
    return web.url();
  }

  /**
   * Returns the fakes and the scenario, to end calls or inject faults.
   *
   * @return the offline vendors, or null with {@code --live}
   */
  public @Nullable OfflineVendors offline() {
    return offline;
  }

  /** Stops the ticks, the web server, the monitor, the clients and the fakes. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (player != null) {
      player.shutdownNow();
      try {
        player.awaitTermination(5, TimeUnit.SECONDS); // a tick in progress finishes first
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    web.close();
    monitor.close();
    clients.forEach(Wallboard::closeQuietly);
    if (offline != null) {
      offline.close();
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      LOG.log(Level.DEBUG, "Closing " + closeable + " failed", e);
    }
  }

  /**
   * The wallboard's command-line options.
   *
   * @param live watch the real vendors from the environment instead of the fakes
   * @param port the port to listen on, 0 for any free one
   * @param runFor how long to run, or null until stopped
   */
  public record Options(boolean live, int port, @Nullable Duration runFor) {
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");

    /**
     * Reads {@code --live}, {@code --port <n>} and {@code --for <duration>} (like {@code 60s},
     * {@code 5m}, {@code 1h}; a bare number is seconds); ignores {@code --wallboard}.
     *
     * @param args the command line
     * @return the options: offline, any free port, until stopped unless told otherwise
     * @throws IllegalArgumentException naming the option that is wrong
     */
    public static Options parse(String... args) {
      boolean live = false;
      int port = 0;
      Duration runFor = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--wallboard" -> { }
          case "--live" -> live = true;
          case "--port" -> port = port(value(args, ++i, "--port"));
          case "--for" -> runFor = duration(value(args, ++i, "--for"));
          default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
        }
      }
      return new Options(live, port, runFor);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static int port(String text) {
      try {
        int port = Integer.parseInt(text);
        if (port >= 0 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException("--port must be 0 to 65535, was " + text);
    }

    private static Duration duration(String text) {
      Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
      if (!m.matches() || m.group(1).length() > 9) {
        throw new IllegalArgumentException("--for must be like 60s, 5m or 1h, was " + text);
      }
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      return switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofSeconds(n);
      };
    }
  }
}
