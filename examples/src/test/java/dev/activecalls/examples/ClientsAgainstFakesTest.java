package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.activecalls.core.errors.AuthenticationException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.testsupport.RecordingSleeper;
import dev.activecalls.talkover.ActiveCall;
import dev.activecalls.talkover.CallStatus;
import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.testkit.Fault;
import dev.activecalls.testkit.FakeTalkover;
import dev.activecalls.testkit.FakeTrillet;
import dev.activecalls.testkit.FakeVobiz;
import dev.activecalls.trillet.ActiveCallDetails;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.CallType;
import dev.activecalls.trillet.Sentiment;
import dev.activecalls.trillet.TrilletClient;
import dev.activecalls.vobiz.CallState;
import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.VobizClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each SDK client against its fake: the fakes write the vendors' JSON from maps, independently of
 * the SDK's models, so these catch a model and a fake that drifted apart. Covers success,
 * not-found, an authentication failure and an injected 429 that is retried.
 */
class ClientsAgainstFakesTest {
  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @Test
  void trillet() {
    try (FakeTrillet fake = FakeTrillet.builder().clock(java.time.Clock.fixed(NOW, ZoneOffset.UTC)).start();
        TrilletClient client = TrilletClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
            .workspaceId(fake.workspaceId()).sleeper(sleeper).build()) {
      fake.addCall(c -> c.roomName("call-_+14155551234_AbC123").customerPhone("+14155551234")
          .customerName("Ada").sentiment("positive").startedAt(NOW.minusSeconds(95))
          .agentSays("Hello!").customerSays("Hi, I need help."));

      ActiveCallList list = client.activeCalls().list();
      assertThat(list.count()).isEqualTo(1);
      assertThat(list.data()).singleElement().satisfies(call -> {
        assertThat(call.roomName()).isEqualTo("call-_+14155551234_AbC123");
        assertThat(call.customerPhone()).isEqualTo("+14155551234");
        assertThat(call.customerName()).isEqualTo("Ada");
        assertThat(call.duration()).isEqualTo(Duration.ofSeconds(95));
        assertThat(call.type().is(CallType.PHONE)).isTrue();
        assertThat(call.sentiment().is(Sentiment.POSITIVE)).isTrue();
      });

      ActiveCallDetails details = client.activeCalls().get("call-_+14155551234_AbC123");
      assertThat(details.transcript()).extracting(line -> line.role().raw() + ": " + line.content())
          .endsWith("agent: Hello!", "customer: Hi, I need help.");
      assertThat(fake.lastRequest().path()).isEqualTo("/v2/api/active-calls/call-_%2B14155551234_AbC123");

      assertThat(client.activeCalls().find("call-gone")).isEmpty();
      assertThat(catchThrowableOfType(NotFoundException.class, () -> client.activeCalls().get("call-gone"))
          .requestId()).startsWith("fake-req-");

      fake.enqueue(Fault.rateLimit(Duration.ofSeconds(1)));
      assertThat(client.activeCalls().list().count()).isEqualTo(1);
      assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));

      try (TrilletClient wrong = TrilletClient.builder().baseUrl(fake.baseUrl()).apiKey("wrong")
          .workspaceId(fake.workspaceId()).build()) {
        AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> wrong.activeCalls().list());
        assertThat(e.vendorMessage()).isNotBlank();
        assertThat(e.getMessage()).doesNotContain("wrong");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(FakeVobiz.Shape.class)
  void vobizInEitherShape(FakeVobiz.Shape shape) {
    try (FakeVobiz fake = FakeVobiz.builder().shape(shape).clock(java.time.Clock.fixed(NOW, ZoneOffset.UTC)).start();
        VobizClient client = VobizClient.builder().baseUrl(fake.baseUrl()).authId(fake.authId())
            .authToken(fake.authToken()).sleeper(sleeper).build()) {
      String uuid = fake.addCall(c -> c.callState("ACTIVE").from("+14156667777").to("+14155550100")
          .initiatedAt(NOW.minusSeconds(60)).answeredAt(NOW.minusSeconds(50))).callUuid();

      assertThat(client.liveCalls().list().callUuids()).containsExactly(uuid);
      LiveCall call = client.liveCalls().get(uuid);
      assertThat(call.callUuid()).isEqualTo(uuid);
      assertThat(call.state().is(CallState.ACTIVE)).as(call.state().raw()).isTrue();
      assertThat(call.from()).isEqualTo("+14156667777");
      assertThat(call.to()).isEqualTo("+14155550100");
      assertThat(fake.lastRequest().target())
          .isEqualTo("/api/v1/Account/" + fake.authId() + "/Call/" + uuid + "/?status=live");

      fake.endCall(uuid);
      assertThat(client.liveCalls().find(uuid)).isEmpty();
      assertThat(catchThrowableOfType(NotFoundException.class, () -> client.liveCalls().get(uuid))).isNotNull();

      fake.enqueue(Fault.rateLimit(Duration.ofSeconds(2)));
      assertThat(client.liveCalls().list().callUuids()).isEmpty();
      assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));

      try (VobizClient wrong = VobizClient.builder().baseUrl(fake.baseUrl()).authId(fake.authId())
          .authToken("wrong-token").build()) {
        assertThat(catchThrowableOfType(AuthenticationException.class, () -> wrong.liveCalls().list()).statusCode())
            .isEqualTo(401);
      }
    }
  }

  @Test
  void talkover() {
    try (FakeTalkover fake = FakeTalkover.builder().clock(java.time.Clock.fixed(NOW, ZoneOffset.UTC)).start();
        TalkoverClient client = TalkoverClient.builder().baseUrl(fake.baseUrl()).apiToken(fake.apiToken())
            .sleeper(sleeper).build()) {
      fake.addCall(c -> c.to("+15551234567").status("ringing").startedAt(NOW.minusSeconds(30)));
      fake.addCall(c -> c.to("+15551234567").status("answered").startedAt(NOW.minusSeconds(10)));
      String agent = FakeTalkover.DEFAULT_AGENT_ID;

      assertThat(client.activeCalls().listByPhone(agent, "+1 (555) 123-4567")).hasSize(2);
      ActiveCall latest = client.activeCalls().findByPhone(agent, "+1.555.123.4567").orElseThrow();
      assertThat(latest.status().is(CallStatus.ANSWERED)).isTrue();
      assertThat(latest.startedAt()).isEqualTo(NOW.minusSeconds(10));
      assertThat(latest.duration()).isEqualTo(Duration.ofSeconds(10));
      assertThat(fake.lastRequest().path()).endsWith("/active-call/%2B15551234567");

      assertThat(client.activeCalls().listByPhone(agent, "+44 20 7946 0958")).isEmpty();
      assertThat(client.activeCalls().withRawResponse().listByPhone(agent, "+442079460958").statusCode())
          .isEqualTo(404);

      fake.enqueue(Fault.rateLimit(Duration.ofSeconds(3)));
      assertThat(client.activeCalls().findByPhone(agent, "+15551234567")).isPresent();
      assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));

      try (TalkoverClient wrong = TalkoverClient.builder().baseUrl(fake.baseUrl()).apiToken("talq_wrong").build()) {
        assertThat(catchThrowableOfType(AuthenticationException.class,
            () -> wrong.activeCalls().listByPhone(agent, "+15551234567")).vendorMessage()).isNotBlank();
      }
    }
  }
}
