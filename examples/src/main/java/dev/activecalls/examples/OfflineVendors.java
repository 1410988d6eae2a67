package dev.activecalls.examples;

import dev.activecalls.core.Sleeper;
import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.testkit.CallScenario;
import dev.activecalls.testkit.FakeTalkover;
import dev.activecalls.testkit.FakeTrillet;
import dev.activecalls.testkit.FakeVobiz;
import java.time.Duration;
import java.time.Instant;
import dev.activecalls.trillet.TrilletClient;
import dev.activecalls.vobiz.VobizClient;

/**
 * The three vendors on loopback, with a seeded scenario of live calls, and SDK client builders
 * pointed at them: what the examples run against when not given {@code --live}. The same seed
 * always gives the same calls, so the output is the same on every run.
 */
public final class OfflineVendors implements AutoCloseable {
  /** The scenario's seed; change it to see other calls. */
  public static final long SEED = 20261121L;

  private final FakeTrillet trillet;
  private final FakeVobiz vobiz;
  private final FakeTalkover talkover;
  private final CallScenario scenario;
  private final Sleeper sleeper;

  private OfflineVendors(Sleeper sleeper) {
    this.sleeper = sleeper;
    this.trillet = FakeTrillet.start();
    this.vobiz = FakeVobiz.start(FakeVobiz.Shape.CURRENT);
    this.talkover = FakeTalkover.start();
    this.scenario = CallScenario.builder()
        .seed(SEED)
        .startAt(Instant.parse("2026-11-21T09:00:00Z"))
        .initialCalls(9)
        .arrivalsPerMinute(3)
        .meanDuration(Duration.ofMinutes(4))
        .meanRingTime(Duration.ofSeconds(8))
        .fakes(trillet, vobiz, talkover)
        .build();
    scenario.advance(Duration.ofSeconds(90));
  }

  /**
   * Starts the fakes and plays the first 90 simulated seconds of the scenario.
   *
   * @param sleeper how the SDK clients wait between retries ({@link Sleeper#system()} for real)
   * @return the running vendors; close them when done
   */
  public static OfflineVendors start(Sleeper sleeper) {
    return new OfflineVendors(sleeper);
  }

  /** Returns a Trillet client builder pointed at the fake, with its credentials. */
  public TrilletClient.Builder trilletClient() {
    return TrilletClient.builder().baseUrl(trillet.baseUrl())
        .apiKey(trillet.apiKey()).workspaceId(trillet.workspaceId()).sleeper(sleeper);
  }

  /** Returns a Vobiz client builder pointed at the fake, with its credentials. */
  public VobizClient.Builder vobizClient() {
    return VobizClient.builder().baseUrl(vobiz.baseUrl())
        .authId(vobiz.authId()).authToken(vobiz.authToken()).sleeper(sleeper);
  }

  /** Returns a Talkover client builder pointed at the fake, with its credentials. */
  public TalkoverClient.Builder talkoverClient() {
    return TalkoverClient.builder().baseUrl(talkover.baseUrl()).apiToken(talkover.apiToken()).sleeper(sleeper);
  }

  /** Returns the fake Trillet, to inject faults or change calls. */
  public FakeTrillet trillet() {
    return trillet;
  }

  /** Returns the fake Vobiz. */
  public FakeVobiz vobiz() {
    return vobiz;
  }

  /** Returns the fake Talkover. */
  public FakeTalkover talkover() {
    return talkover;
  }

  /** Returns the scenario driving the calls. */
  public CallScenario scenario() {
    return scenario;
  }

  @Override
  public void close() {
    trillet.close();
    vobiz.close();
    talkover.close();
  }
}
