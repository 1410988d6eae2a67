package dev.activecalls.core.testsupport;

import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.NotFoundException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test each vendor module's {@code HostileBodyPropertyTest} runs, written once: a vendor test
 * extends this, declares {@code static Stream<Arguments> fixtures()} (fixture file, read, call)
 * and returns its {@link HostileBodyProperty}.
 *
 * @param <C> the vendor's client
 */
public abstract class HostileBodyContract<C extends AutoCloseable> {

  /**
   * Returns the vendor's property: its bodies, client and contract.
   *
   * @return the property
   */
  protected abstract HostileBodyProperty<C> property();

  /**
   * Checks the property for one fixture and read.
   *
   * @param fixture the fixture body's file name
   * @param read the read, for messages, like {@code list()}
   * @param call makes the read on a client
   * @throws Exception if serving a body fails
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("fixtures")
  public void everyOutcomeIsAValueHonouringItsContractOrAnSdkException(
      String fixture, String read, Function<C, Object> call) throws Exception {
    property().assertHolds(fixture, read, call);
  }

  /**
   * The part of every vendor's contract about error statuses: an answer that is not a 200 ends in
   * an {@link ApiException} with that status, and a 404 in a {@link NotFoundException}.
   *
   * @param status the HTTP status the server answered with
   * @param outcome what the read ended in
   * @param violations where each breach is added
   */
  public static void errorStatusesAreTyped(int status, CallOutcome outcome, List<String> violations) {
    Throwable error = outcome.error();
    if (status != 200 && !(error instanceof ApiException api && api.statusCode() == status)) {
      violations.add("HTTP " + status + ": not an ApiException with that status");
    }
    if (status == 404 && !(error instanceof NotFoundException)) {
      violations.add("HTTP 404: not a NotFoundException");
    }
  }
}
