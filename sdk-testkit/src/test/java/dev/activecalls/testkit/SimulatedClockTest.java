package dev.activecalls.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {
  private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");

  @Test
  void movesOnlyWhenTold() {
    SimulatedClock clock = SimulatedClock.at(T0);

    assertThat(clock.instant()).isEqualTo(T0);
    assertThat(clock.advance(Duration.ofSeconds(30))).isEqualTo(T0.plusSeconds(30));
    assertThat(clock.millis()).isEqualTo(T0.plusSeconds(30).toEpochMilli());
    clock.set(T0.minusSeconds(5));
    assertThat(clock.instant()).isEqualTo(T0.minusSeconds(5));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(clock).hasToString("SimulatedClock[2025-01-06T08:59:55Z]");
  }

  @Test
  void zonedCopySharesTheTime() {
    SimulatedClock clock = SimulatedClock.at(T0);
    SimulatedClock paris = clock.withZone(ZoneId.of("Europe/Paris"));

    clock.advance(Duration.ofMinutes(1));

    assertThat(paris.instant()).isEqualTo(T0.plusSeconds(60));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void refusesToGoBackByAdvancing() {
    assertThatThrownBy(() -> SimulatedClock.at(T0).advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
