package dev.activecalls.core.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A loopback MockWebServer that answers every request with one answer, the one last {@linkplain
 * #answer set} (so a request the client resends gets the same answer rather than the next try's),
 * from sockets that send at once: with Nagle's algorithm on, each body waits for the client's
 * delayed ACK of the headers, some 40 ms a call.
 */
final class OneAnswerServer implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private volatile MockResponse answer = new MockResponse.Builder().code(500).build();

  /**
   * Starts the server on an ephemeral port of localhost, answering HTTP 500 until told otherwise.
   *
   * @throws IOException if the port cannot be opened
   */
  OneAnswerServer() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer;
      }
    });
    server.setServerSocketFactory(noDelaySockets());
    server.start();
  }

  /** Returns the server's base URL, ending in {@code /}. */
  String url() {
    return server.url("/").toString();
  }

  /**
   * Sets what every request is answered with from now on.
   *
   * @param response the answer
   */
  void answer(MockResponse response) {
    answer = response;
  }

  /** Returns how many requests the server has received. */
  int requestCount() {
    return server.getRequestCount();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private static ServerSocketFactory noDelaySockets() {
    return new ServerSocketFactory() {
      @Override
      public ServerSocket createServerSocket() throws IOException {
        return new ServerSocket() {
          @Override
          public Socket accept() throws IOException {
            Socket socket = super.accept();
            socket.setTcpNoDelay(true);
            return socket;
          }
        };
      }

      @Override // MockWebServer binds an unbound socket; these are not used
      public ServerSocket createServerSocket(int port) {
        throw new UnsupportedOperationException();
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog) {
        throw new UnsupportedOperationException();
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
