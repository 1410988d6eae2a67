package dev.activecalls.talkover;

import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.testsupport.CallOutcome;
import dev.activecalls.core.testsupport.HostileBodyContract;
import dev.activecalls.core.testsupport.HostileBodyProperty;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * {@link HostileBodyProperty} for the Talkover client: whatever a broken or hostile server sends,
 * every read ends within a bound in a value that honours its declared contract or in an SDK
 * exception that honours its own; never in another throwable, never in a hang. This class holds
 * only the vendor section; it has the same structure in every vendor module.
 */
class HostileBodyPropertyTest extends HostileBodyContract<TalkoverClient> {
  // --- the vendor section: bodies, endpoints, client, what the module's Javadoc adds ---

  private static final String SECRET = "talq_test_token_123";
  private static final List<String> ERROR_BODIES = List.of(
      "{\"success\":false,\"message\":\"Invalid API token\",\"code\":\"UNAUTHORIZED\"}",
      "{\"message\":\"The given data was invalid.\",\"errors\":{\"phone\":[\"phone must be E.164\"]}}",
      "{\"success\":false,\"message\":\"Agent not found\",\"code\":\"AGENT_NOT_FOUND\"}");

  static Stream<Arguments> fixtures() {
    Function<TalkoverClient, Object> listByPhone =
        client -> client.activeCalls().listByPhone("agent-uuid", "+15551234567");
    return Stream.of(
        Arguments.of("seed-004-active-call.json", "listByPhone(agentId, phone)", listByPhone),
        Arguments.of("several-calls.json", "listByPhone(agentId, phone)", listByPhone),
        Arguments.of("nasty-call.json", "listByPhone(agentId, phone)", listByPhone),
        Arguments.of("seed-004-no-active-call.json", "listByPhone(agentId, phone)", listByPhone));
  }

  private static TalkoverClient client(String baseUrl) {
    return TalkoverClient.builder()
        .apiToken(SECRET)
        .baseUrl(baseUrl)
        .maxRetries(0)
        .readTimeout(Duration.ofSeconds(2))
        .build();
  }

  /**
   * Talkover's additions: a 404 is "no active call", an empty list, unless it says the agent is
   * unknown, which is a {@link NotFoundException}; any other error status ends in an {@link
   * ApiException} with that status.
   */
  private static void vendorContract(int status, CallOutcome outcome, List<String> violations) {
    Throwable error = outcome.error();
    boolean unknownAgent = error instanceof NotFoundException notFound
        && ("AGENT_NOT_FOUND".equalsIgnoreCase(notFound.errorCode())
            || String.valueOf(notFound.vendorMessage()).toLowerCase(Locale.ROOT).contains("agent not found"));
    if (status == 404 && !unknownAgent && !(outcome.value() instanceof List<?> list && list.isEmpty())) {
      violations.add("HTTP 404: neither an empty list nor an unknown agent");
    }
    if (status != 200 && status != 404
        && !(error instanceof ApiException api && api.statusCode() == status)) {
      violations.add("HTTP " + status + ": not an ApiException with that status");
    }
  }

  @Override
  protected HostileBodyProperty<TalkoverClient> property() {
    return new HostileBodyProperty<>(
        Fixtures::read, ERROR_BODIES, HostileBodyPropertyTest::client, SECRET,
        HostileBodyPropertyTest::vendorContract);
  }
}
