package dev.activecalls.core.testsupport;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.activecalls.core.errors.ActiveCallsException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The property each vendor module's {@code HostileBodyPropertyTest} checks: whatever a broken or
 * hostile server sends, every read ends within {@link #BOUND} in a value that honours its declared
 * contract ({@link ContractChecker#checkValue}, plus what the module's Javadoc adds) or in an
 * {@link ActiveCallsException} that honours its own ({@link ContractChecker#checkException});
 * never in another throwable, never in a hang; and with retries off, one call is one request.
 *
 * <p>A fixture body gets {@link JsonMutator#edgeCases its edge cases} first, then {@link #TRIES}
 * {@link JsonMutator#randomCase random tries} that mutate it or the vendor's error bodies, each
 * served over loopback by a {@link OneAnswerServer}. Deterministic: each try has its own seed, and
 * a failure names the seed, the mutations and the body, {@linkplain GroupedFailures grouped by
 * kind} with the shortest example of each kind.
 *
 * @param <C> the vendor's client
 */
public final class HostileBodyProperty<C extends AutoCloseable> {
  /** Base seed of the random tries. */
  private static final long SEED = 20_261_204L;
  /** Random tries per fixture body. */
  private static final int TRIES = 120;
  /** Bound per call: it guards against hangs, it is not a speed assertion. */
  private static final Duration BOUND = Duration.ofSeconds(5);

  private final Function<String, String> fixtures;
  private final List<@Nullable Object> errorBodies = new ArrayList<>();
  private final Function<String, C> clients;
  private final String credential;
  private final VendorContract vendorContract;

  /** What a vendor module's Javadoc adds to the contract. */
  @FunctionalInterface
  public interface VendorContract {
    /**
     * Adds to {@code violations} what {@code outcome} breaks of the vendor's own contract.
     *
     * @param status the HTTP status the server answered with
     * @param outcome what the read ended in: a value, or an SDK exception
     * @param violations where to add each breach, as one line that starts with where it is
     */
    void check(int status, CallOutcome outcome, List<String> violations);
  }

  /**
   * Describes one vendor module's reads.
   *
   * @param fixtures reads a fixture body by file name
   * @param errorBodies the vendor's error bodies, mutated like the fixture bodies
   * @param clients makes a client with retries off for a base URL
   * @param credential what the clients are made with, which no message may contain
   * @param vendorContract what the module's Javadoc adds to the contract
   */
  public HostileBodyProperty(Function<String, String> fixtures, List<String> errorBodies,
      Function<String, C> clients, String credential, VendorContract vendorContract) {
    this.fixtures = fixtures;
    errorBodies.forEach(body -> this.errorBodies.add(JsonTree.parse(body)));
    this.clients = clients;
    this.credential = credential;
    this.vendorContract = vendorContract;
  }

  /**
   * Checks the property for one read of one fixture body, with a server and a client of its own;
   * fails naming every kind of breach, or at the first call that does not end within the bound.
   *
   * @param fixture the fixture body's file name, which also seeds the random tries
   * @param read how the report names the read, like {@code list()}
   * @param call the read
   * @throws Exception if the server or the client cannot be closed
   */
  @SuppressWarnings("try") // the clients' close() throws no InterruptedException
  public void assertHolds(String fixture, String read, Function<C, Object> call) throws Exception {
    Object seedBody = JsonTree.parse(fixtures.apply(fixture));
    GroupedFailures failures = new GroupedFailures();
    List<HostileCase> edgeCases = JsonMutator.edgeCases(seedBody);
    try (OneAnswerServer server = new OneAnswerServer(); C client = clients.apply(server.url())) {
      for (int i = 0; i < edgeCases.size() + TRIES; i++) {
        long seed = i < edgeCases.size() ? i : SEED + 1_000_003L * fixture.hashCode() + i;
        HostileCase hostile = i < edgeCases.size()
            ? edgeCases.get(i)
            : JsonMutator.randomCase(new SplittableRandom(seed), seedBody, errorBodies);
        server.answer(hostile.response());
        int before = server.requestCount();
        CallOutcome outcome = assertTimeoutPreemptively(
            BOUND,
            () -> CallOutcome.of(() -> call.apply(client)),
            () -> "no outcome within " + BOUND + " for " + read + ": " + hostile.describe(seed)
                + failures.summary());
        check(hostile, seed, outcome, server.requestCount() - before, failures);
      }
    }
    failures.assertNone(read);
  }

  private void check(
      HostileCase hostile, long seed, CallOutcome outcome, int requests, GroupedFailures failures) {
    List<String> violations = new ArrayList<>();
    if (requests != 1) {
      violations.add("HTTP " + hostile.status() + ": " + requests + " requests sent with retries off");
    }
    Throwable error = outcome.error();
    if (error != null && !(error instanceof ActiveCallsException)) {
      violations.add("threw " + error.getClass().getName() + " at " + topFrame(error));
    } else {
      if (error instanceof ActiveCallsException sdk) {
        ContractChecker.checkException(sdk, credential, violations);
      } else {
        ContractChecker.checkValue(outcome.value(), violations);
      }
      vendorContract.check(hostile.status(), outcome, violations);
    }
    for (String violation : violations) {
      failures.add(violation, hostile, seed, error);
    }
  }

  private static String topFrame(Throwable e) {
    StackTraceElement[] frames = e.getStackTrace();
    return frames.length == 0 ? "?" : frames[0].toString();
  }
}
