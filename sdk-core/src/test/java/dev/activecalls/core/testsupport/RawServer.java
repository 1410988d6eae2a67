package dev.activecalls.core.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server on a raw socket, for misbehaviour MockWebServer cannot produce (an
 * endless body) and for watching what the client does with its sockets (each connection is served
 * on its own thread, and the server sees when the client closes one).
 */
public final class RawServer implements AutoCloseable {
  /** Serves one connection; returns when the connection is done with. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Serves {@code socket}.
     *
     * @param socket the accepted connection
     * @param server this server, for reading requests
     * @throws IOException when the client goes away
     */
    void serve(Socket socket, RawServer server) throws IOException;
  }

  private final ServerSocket listener;
  private final Handler handler;
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger open = new AtomicInteger();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @param handler serves each connection
   * @throws IOException if the port cannot be opened
   */
  public RawServer(Handler handler) throws IOException {
    this.listener = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    this.handler = handler;
    this.acceptor = new Thread(this::acceptLoop, "raw-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Returns the base URL, like {@code http://127.0.0.1:1234/}. */
  public String url() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/";
  }

  /** Returns how many connections were accepted. */
  public int accepted() {
    return accepted.get();
  }

  /** Returns how many accepted connections the client has not closed yet. */
  public int openConnections() {
    return open.get();
  }

  /**
   * Waits until the client has closed every connection, or {@code timeout} has passed.
   *
   * @param timeout how long to wait at most
   * @return the number of connections still open
   * @throws InterruptedException if interrupted while waiting
   */
  public int awaitAllClosed(java.time.Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (open) {
      while (open.get() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(open, left);
      }
      return open.get();
    }
  }

  /**
   * Reads one request head (through the blank line) from {@code in}.
   *
   * @param in the connection's input
   * @return the request head, or null if the client closed the connection first
   * @throws IOException if reading fails
   */
  public @org.jspecify.annotations.Nullable String readRequestHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  /**
   * Writes {@code text} as Latin-1 and flushes.
   *
   * @param out the connection's output
   * @param text what to write
   * @throws IOException if the client has gone
   */
  public static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        return;
      }
      accepted.incrementAndGet();
      open.incrementAndGet();
      sockets.add(socket);
      Thread worker = new Thread(() -> {
        try (socket) {
          handler.serve(socket, this);
        } catch (IOException e) {
          // the client went away: that is what the tests watch for
        } finally {
          synchronized (open) {
            open.decrementAndGet();
            open.notifyAll();
          }
        }
      }, "raw-server-conn");
      worker.setDaemon(true);
      worker.start();
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
