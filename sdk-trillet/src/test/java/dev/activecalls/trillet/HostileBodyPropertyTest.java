package dev.activecalls.trillet;

import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.testsupport.CallOutcome;
import dev.activecalls.core.testsupport.HostileBodyContract;
import dev.activecalls.core.testsupport.HostileBodyProperty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * {@link HostileBodyProperty} for the Trillet client: whatever a broken or hostile server sends,
 * every read ends within a bound in a value that honours its declared contract or in an SDK
 * exception that honours its own; never in another throwable, never in a hang. This class holds
 * only the vendor section; it has the same structure in every vendor module.
 */
class HostileBodyPropertyTest extends HostileBodyContract<TrilletClient> {
  // --- the vendor section: bodies, endpoints, client, what the module's Javadoc adds ---

  private static final String SECRET = Fixtures.API_KEY;
  private static final List<String> ERROR_BODIES = List.of(
      "{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":\"Rate limit exceeded\","
          + "\"reset_at\":\"2024-01-22T15:30:00Z\"}}",
      "{\"statusCode\":404,\"message\":\"Active call not found\",\"error\":\"Not Found\"}");

  static Stream<Arguments> fixtures() {
    Function<TrilletClient, Object> list = client -> client.activeCalls().list();
    Function<TrilletClient, Object> get = client -> client.activeCalls().get("call-abc123");
    Function<TrilletClient, Object> end = client -> client.activeCalls().end("call-abc123");
    Function<TrilletClient, Object> insights = client -> client.activeCalls().insights("call-abc123");
    return Stream.of(
        Arguments.of("list-seed.json", "list()", list),
        Arguments.of("list-nasty.json", "list()", list),
        Arguments.of("details-seed.json", "get(roomName)", get),
        Arguments.of("details-nasty.json", "get(roomName)", get),
        Arguments.of("details-minimal.json", "get(roomName)", get),
        Arguments.of("end-seed.json", "end(roomName)", end),
        Arguments.of("end-nasty.json", "end(roomName)", end),
        Arguments.of("insights-seed.json", "insights(roomName)", insights),
        Arguments.of("insights-nasty.json", "insights(roomName)", insights),
        Arguments.of("insights-minimal.json", "insights(roomName)", insights));
  }

  private static TrilletClient client(String baseUrl) {
    return TrilletClient.builder()
        .apiKey(Fixtures.API_KEY)
        .workspaceId(Fixtures.WORKSPACE_ID)
        .baseUrl(baseUrl)
        .maxRetries(0)
        .readTimeout(Duration.ofSeconds(2))
        .build();
  }

  /**
   * Trillet's additions: an error status ends in an {@link ApiException} with that status (a 404
   * in a {@link NotFoundException}), and iterating an {@link ActiveCallList} iterates its data.
   */
  private static void vendorContract(int status, CallOutcome outcome, List<String> violations) {
    HostileBodyContract.errorStatusesAreTyped(status, outcome, violations);
    if (outcome.value() instanceof ActiveCallList list) {
      List<ActiveCall> iterated = new ArrayList<>();
      list.forEach(iterated::add);
      if (!iterated.equals(list.data())) {
        violations.add("result: iterating differs from data()");
      }
    }
  }

  @Override
  protected HostileBodyProperty<TrilletClient> property() {
    return new HostileBodyProperty<>(
        Fixtures::fixture, ERROR_BODIES, HostileBodyPropertyTest::client, SECRET,
        HostileBodyPropertyTest::vendorContract);
  }
}
