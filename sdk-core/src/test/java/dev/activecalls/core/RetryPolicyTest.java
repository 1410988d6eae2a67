package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy = RetryPolicy.defaults();

  @Test
  void defaultsAreTwoRetriesHalfSecondToEightSecondsWithQuarterJitterAndMinuteCap() {
    assertThat(policy.maxRetries()).isEqualTo(2);
    assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.jitter()).isEqualTo(0.25);
    assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
  }

  @ParameterizedTest
  @CsvSource({"1, 500", "2, 1000", "3, 2000", "4, 4000", "5, 8000", "6, 8000", "40, 8000", "200, 8000"})
  void backoffDoublesUpToTheMaximumWithoutJitter(int retry, long millis) {
    assertThat(policy.backoff(retry, 0.0)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @CsvSource({"1, 375, 500", "3, 1500, 2000", "9, 6000, 8000"})
  void jitterShortensTheBackoffByAtMostAQuarter(int retry, long lowestMillis, long highestMillis) {
    Duration shortest = policy.backoff(retry, Math.nextDown(1.0));
    Duration longest = policy.backoff(retry, 0.0);
    assertThat(longest).isEqualTo(Duration.ofMillis(highestMillis));
    assertThat(shortest).isGreaterThanOrEqualTo(Duration.ofMillis(lowestMillis))
        .isLessThan(Duration.ofMillis(lowestMillis + 1));
    assertThat(policy.backoff(retry, 0.5)).isBetween(shortest, longest);
  }

  @ParameterizedTest
  @CsvSource({
      "GET, 408, true", "GET, 429, true", "GET, 500, true", "GET, 502, true", "GET, 503, true",
      "GET, 504, true", "GET, 400, false", "GET, 401, false", "GET, 403, false", "GET, 404, false",
      "GET, 409, false", "GET, 422, false", "GET, 501, false", "GET, 505, false", "GET, 200, false",
      "POST, 429, true", "POST, 503, false", "POST, 408, false", "POST, 500, false",
      "POST, 502, false", "POST, 504, false", "DELETE, 500, true"})
  void retriesOnlyTheListedStatusesAndPostOnlyWhenRefusedWith429(
      String method, int status, boolean retryable) {
    assertThat(policy.isRetryable(method, status)).isEqualTo(retryable);
  }

  @Test
  void connectionFailuresAreRetriedForPostOnlyWhenTheRequestNeverLeft() {
    assertThat(policy.isRetryableFailure("GET", true)).isTrue();
    assertThat(policy.isRetryableFailure("POST", false)).isTrue();
    assertThat(policy.isRetryableFailure("POST", true)).isFalse();
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jitter");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialBackoff");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(9)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> policy.backoff(0, 0.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy.backoff(1, 1.0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noneNeverRetriesAndNewBuilderKeepsValues() {
    assertThat(RetryPolicy.none().maxRetries()).isZero();
    RetryPolicy custom = policy.newBuilder().maxRetries(5).maxRetryAfter(Duration.ofSeconds(5)).build();
    assertThat(custom.newBuilder().build()).isEqualTo(custom).hasSameHashCodeAs(custom);
    assertThat(custom.toString()).contains("maxRetries=5", "maxRetryAfter=PT5S");
  }
}
