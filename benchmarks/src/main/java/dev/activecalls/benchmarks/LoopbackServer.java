package dev.activecalls.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 that answers every request with the same 200 JSON
 * response and keeps connections alive. One non-blocking thread serves all connections (at most
 * {@code maxConnections}; more are closed at once), so that on a small machine the server takes as
 * little CPU and as few threads as possible from the clients being measured. It reads only request
 * heads (the benchmarks send bodiless GETs) and keeps nothing per request, so it stays bounded
 * however many requests it serves, unlike MockWebServer, which records every request.
 */
public final class LoopbackServer implements AutoCloseable {
  private final ServerSocketChannel serverChannel;
  private final Selector selector;
  private final ByteBuffer response;
  private final int maxConnections;
  private final AtomicLong served = new AtomicLong();
  private final Thread loop;
  private int open;
  private volatile boolean closed;

  /**
   * Starts the server on an ephemeral loopback port.
   *
   * @param body the JSON every request gets
   * @param maxConnections the most connections served at once
   * @throws IOException if the port cannot be bound
   */
  public LoopbackServer(byte[] body, int maxConnections) throws IOException {
    byte[] head = ("HTTP/1.1 200 OK\r\n"
        + "Content-Type: application/json; charset=utf-8\r\n"
        + "Content-Length: " + body.length + "\r\n"
        + "\r\n").getBytes(StandardCharsets.US_ASCII);
    ByteBuffer bytes = ByteBuffer.allocateDirect(head.length + body.length);
    bytes.put(head).put(body).flip();
    this.response = bytes.asReadOnlyBuffer();
    this.maxConnections = maxConnections;
    this.selector = Selector.open();
    this.serverChannel = ServerSocketChannel.open();
    serverChannel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    serverChannel.configureBlocking(false);
    serverChannel.register(selector, SelectionKey.OP_ACCEPT);
    this.loop = new Thread(this::serve, "loopback-server");
    loop.setDaemon(true);
    loop.start();
  }

  /** Returns the base URL, like {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + serverChannel.socket().getLocalPort();
  }

  /** Returns how many requests have been answered. */
  public long served() {
    return served.get();
  }

  private void serve() {
    ByteBuffer in = ByteBuffer.allocateDirect(16 * 1024);
    try {
      while (!closed) {
        selector.select();
        for (SelectionKey key : selector.selectedKeys()) {
          if (!key.isValid()) {
            continue;
          }
          try {
            if (key.isAcceptable()) {
              accept();
            } else {
              Connection connection = (Connection) key.attachment();
              if (key.isReadable()) {
                connection.read(in);
              }
              if (key.isValid() && key.isWritable()) {
                connection.write();
              }
            }
          } catch (IOException e) {
            closeConnection(key); // the client went away
          }
        }
        selector.selectedKeys().clear();
      }
    } catch (IOException | ClosedSelectorException e) {
      // closing
    }
  }

  private void accept() throws IOException {
    SocketChannel channel;
    while ((channel = serverChannel.accept()) != null) {
      if (open >= maxConnections) {
        channel.close();
        continue;
      }
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
      key.attach(new Connection(key, channel));
      open++;
    }
  }

  private void closeConnection(SelectionKey key) {
    key.cancel();
    try {
      key.channel().close();
    } catch (IOException ignored) {
      // closing anyway
    }
    open--;
  }

  /** One client connection: how far into a request head it is, and the responses it is owed. */
  private final class Connection {
    private final SelectionKey key;
    private final SocketChannel channel;
    /** How much of CR LF CR LF the bytes read so far end with. */
    private int matched;
    private int owed;
    private ByteBuffer writing;

    Connection(SelectionKey key, SocketChannel channel) {
      this.key = key;
      this.channel = channel;
    }

    void read(ByteBuffer in) throws IOException {
      in.clear();
      int count = channel.read(in);
      if (count < 0) {
        closeConnection(key);
        return;
      }
      in.flip();
      while (in.hasRemaining()) {
        byte b = in.get();
        if (b == '\r') {
          matched = matched == 2 ? 3 : 1;
        } else if (b == '\n' && (matched == 1 || matched == 3)) {
          if (matched == 3) {
            owed++;
            matched = 0;
          } else {
            matched = 2;
          }
        } else {
          matched = 0;
        }
      }
      write();
    }

    void write() throws IOException {
      while (owed > 0) {
        if (writing == null) {
          writing = response.duplicate();
        }
        channel.write(writing);
        if (writing.hasRemaining()) {
          key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
          return;
        }
        writing = null;
        owed--;
        served.incrementAndGet();
      }
      key.interestOps(SelectionKey.OP_READ);
    }
  }

  /** Stops the server and closes every connection. */
  @Override
  public void close() throws IOException {
    closed = true;
    selector.wakeup();
    try {
      loop.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (SelectionKey key : selector.keys()) {
      try {
        key.channel().close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    selector.close();
    serverChannel.close();
  }
}
