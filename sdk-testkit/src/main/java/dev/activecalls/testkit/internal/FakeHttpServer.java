package dev.activecalls.testkit.internal;

import dev.activecalls.testkit.ReceivedRequest;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The engine every fake runs on: a loopback MockWebServer whose dispatcher numbers each request
 * ({@code x-request-id: fake-req-N}), applies the first queued fault that matches it, otherwise
 * checks credentials and routes it through the vendor's {@link VendorRoutes}, and records it.
 * Thread-safe: MockWebServer serves each connection on its own thread.
 */
public final class FakeHttpServer implements Closeable {
  /** The response header that carries the request id. */
  public static final String REQUEST_ID_HEADER = "x-request-id";

  private final MockWebServer server = new MockWebServer();
  private final AtomicLong sequence = new AtomicLong();
  private final List<ReceivedRequest> received = new ArrayList<>(); // guarded by itself
  private final Deque<FaultPlan> faults = new ArrayDeque<>(); // guarded by itself
  private final CountDownLatch closing = new CountDownLatch(1);
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile @Nullable VendorRoutes routes;
  private volatile @Nullable String baseUrl;

  /** Creates an engine; nothing listens until {@link #start(VendorRoutes)}. */
  public FakeHttpServer() {}

  /**
   * Starts listening on a random loopback port.
   *
   * @param vendorRoutes the vendor's auth check, routes and error bodies
   * @throws UncheckedIOException if no port can be bound
   * @throws IllegalStateException if already started
   */
  public void start(VendorRoutes vendorRoutes) {
    if (routes != null) {
      throw new IllegalStateException("already started");
    }
    routes = Objects.requireNonNull(vendorRoutes, "vendorRoutes");
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        return FakeHttpServer.this.dispatch(request);
      }
    });
    server.setServerSocketFactory(new NoDelayServerSockets());
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the fake server on loopback", e);
    }
    String url = server.url("/").toString();
    baseUrl = url.substring(0, url.length() - 1);
  }

  /**
   * Returns the server's origin, e.g. {@code http://127.0.0.1:53124}, with no trailing slash.
   *
   * @return the base URL
   * @throws IllegalStateException if not started
   */
  public String baseUrl() {
    String url = baseUrl;
    if (url == null) {
      throw new IllegalStateException("not started");
    }
    return url;
  }

  /**
   * Queues a fault behind those already queued.
   *
   * @param plan the fault
   */
  public void enqueue(FaultPlan plan) {
    Objects.requireNonNull(plan, "plan");
    synchronized (faults) {
      faults.addLast(plan);
    }
  }

  /**
   * Counts the faulty responses still to be served.
   *
   * @return the sum of the remaining counts of all queued faults
   */
  public int pendingFaults() {
    synchronized (faults) {
      int sum = 0;
      for (FaultPlan plan : faults) {
        sum += plan.remaining;
      }
      return sum;
    }
  }

  /** Drops every queued fault. */
  public void clearFaults() {
    synchronized (faults) {
      faults.clear();
    }
  }

  /**
   * Returns the requests received so far, oldest first.
   *
   * @return an immutable copy
   */
  public List<ReceivedRequest> requests() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /**
   * Counts the requests received since the last {@link #clearRequests()}.
   *
   * @return the count
   */
  public int requestCount() {
    synchronized (received) {
      return received.size();
    }
  }

  /** Forgets the requests received so far; request ids keep counting up. */
  public void clearRequests() {
    synchronized (received) {
      received.clear();
    }
  }

  /** Stops the server, releasing any response held back by a delay fault. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      closing.countDown();
      server.close();
    }
  }

  private MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    VendorRoutes vendor = Objects.requireNonNull(routes, "routes");
    String requestId = "fake-req-" + sequence.incrementAndGet();
    Exchange exchange = Exchange.of(request, requestId);
    FaultPlan fault = takeFault(exchange);
    if (fault != null && fault.kind == FaultPlan.Kind.DISCONNECT) {
      record(exchange, 0);
      return new MockResponse.Builder()
          .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
          .build();
    }
    Reply reply = fault != null && fault.kind == FaultPlan.Kind.STATUS
        ? statusFault(vendor, fault, exchange)
        : answer(vendor, exchange);
    if (fault != null) {
      reply = reply.withHeaders(fault.headers);
      if (fault.kind == FaultPlan.Kind.MALFORMED_JSON) {
        reply = reply.truncated();
      }
    }
    record(exchange, reply.status());
    if (fault != null && fault.kind == FaultPlan.Kind.DELAY) {
      closing.await(fault.delay.toNanos(), TimeUnit.NANOSECONDS);
    }
    return new MockResponse.Builder()
        .code(reply.status())
        .headers(reply.headers())
        .setHeader(REQUEST_ID_HEADER, requestId)
        .body(reply.body())
        .build();
  }

  private static Reply answer(VendorRoutes vendor, Exchange exchange) {
    try {
      return vendor.authenticated(exchange)
          ? vendor.route(exchange)
          : vendor.error(401, null, null, exchange);
    } catch (RuntimeException e) {
      return vendor.error(500, "the fake failed: " + e, null, exchange);
    }
  }

  private static Reply statusFault(VendorRoutes vendor, FaultPlan fault, Exchange exchange) {
    if (fault.body != null) {
      return Reply.json(fault.status, null).withBody(fault.body);
    }
    if (fault.status >= 400) {
      return vendor.error(fault.status, null, fault.retryAfterSeconds, exchange);
    }
    return new Reply(fault.status, Headers.of(), "");
  }

  private @Nullable FaultPlan takeFault(Exchange exchange) {
    synchronized (faults) {
      for (Iterator<FaultPlan> it = faults.iterator(); it.hasNext(); ) {
        FaultPlan plan = it.next();
        if (plan.matches(exchange)) {
          if (--plan.remaining <= 0) {
            it.remove();
          }
          return plan;
        }
      }
      return null;
    }
  }

  private void record(Exchange exchange, int status) {
    ReceivedRequest entry = new ReceivedRequest(exchange.requestId(), exchange.method(),
        exchange.path(), exchange.query(), exchange.headers(), status);
    synchronized (received) {
      received.add(entry);
    }
  }
}
