package dev.activecalls.vobiz;

import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.testsupport.CallOutcome;
import dev.activecalls.core.testsupport.ContractChecker;
import dev.activecalls.core.testsupport.HostileBodyContract;
import dev.activecalls.core.testsupport.HostileBodyProperty;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * {@link HostileBodyProperty} for the Vobiz client: whatever a broken or hostile server sends,
 * every read ends within a bound in a value that honours its declared contract or in an SDK
 * exception that honours its own; never in another throwable, never in a hang. This class holds
 * only the vendor section; it has the same structure in every vendor module.
 */
class HostileBodyPropertyTest extends HostileBodyContract<VobizClient> {
  // --- the vendor section: bodies, endpoints, client, what the module's Javadoc adds ---

  private static final String SECRET = Fixtures.AUTH_TOKEN;
  private static final List<String> ERROR_BODIES = List.of(
      "{\"status\":\"error\",\"error\":{\"code\":\"RATE_LIMIT_EXCEEDED\",\"message\":\"Too many requests\","
          + "\"details\":{\"retryAfter\":30}},\"timestamp\":\"2026-06-11T16:03:28Z\",\"requestId\":\"req-7f3a\"}",
      "{\"api_id\":\"c8b427f6-58ce-11e1-86da-adf28403fe48\",\"error\":\"not found\"}");

  static Stream<Arguments> fixtures() {
    Function<VobizClient, Object> legacy = client -> client.liveCalls().get(Fixtures.LEGACY_UUID);
    Function<VobizClient, Object> current = client -> client.liveCalls().get(Fixtures.CURRENT_UUID);
    Function<VobizClient, Object> list = client -> client.liveCalls().list();
    return Stream.of(
        Arguments.of("legacy-live-call.json", "get(callUuid), legacy shape", legacy),
        Arguments.of("current-live-call.json", "get(callUuid), current shape", current),
        Arguments.of("live-call-list.json", "list()", list));
  }

  private static VobizClient client(String baseUrl) {
    return VobizClient.builder()
        .authId(Fixtures.AUTH_ID)
        .authToken(Fixtures.AUTH_TOKEN)
        .baseUrl(baseUrl)
        .maxRetries(0)
        .readTimeout(Duration.ofSeconds(2))
        .build();
  }

  /**
   * Vobiz's additions: an error status ends in an {@link ApiException} with that status (a 404
   * in a {@link NotFoundException}); an empty string from Vobiz reads as null, so no text of a
   * {@link LiveCall} is empty; a {@link LiveCallList} holds no empty UUID and counts its UUIDs.
   */
  private static void vendorContract(int status, CallOutcome outcome, List<String> violations) {
    HostileBodyContract.errorStatusesAreTyped(status, outcome, violations);
    if (outcome.value() instanceof LiveCall call) {
      for (RecordComponent component : LiveCall.class.getRecordComponents()) {
        Object part = ContractChecker.componentValue(call, component);
        if (part instanceof String text && text.isEmpty()
            || part instanceof OpenEnum<?> open && "".equals(open.raw())) {
          violations.add("result." + component.getName() + ": empty, but Vobiz's \"\" reads as null");
        }
      }
    }
    if (outcome.value() instanceof LiveCallList list) {
      if (list.callUuids().contains("")) {
        violations.add("result.callUuids: an empty UUID");
      }
      if (list.count() != list.callUuids().size()) {
        violations.add("result.count(): not the number of UUIDs");
      }
    }
  }

  @Override
  protected HostileBodyProperty<VobizClient> property() {
    return new HostileBodyProperty<>(
        Fixtures::read, ERROR_BODIES, HostileBodyPropertyTest::client, SECRET,
        HostileBodyPropertyTest::vendorContract);
  }
}
