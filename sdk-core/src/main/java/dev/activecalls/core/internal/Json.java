package dev.activecalls.core.internal;

import com.squareup.moshi.Moshi;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one Moshi set-up every module decodes with: {@link Instant} from ISO-8601 or zone-less
 * vendor timestamps, {@link Duration} from numeric seconds, {@link BigDecimal} from numbers or
 * numeric strings, and {@link dev.activecalls.core.OpenEnum} for vendor strings. Records are
 * decoded by Moshi, and a record component not marked {@code @Nullable} that comes out null fails
 * decoding with its JSON path. Unknown fields are skipped.
 */
public final class Json {
  private static final Moshi UTC = builder(ZoneOffset.UTC).build();

  private Json() {}

  /** Returns the shared Moshi, reading zone-less timestamps as UTC. */
  public static Moshi moshi() {
    return UTC;
  }

  /**
   * Returns a Moshi that reads zone-less timestamps in {@code zone}.
   *
   * @param zone the zone for timestamps without an offset
   * @return the Moshi
   */
  public static Moshi moshi(ZoneId zone) {
    return zone.equals(ZoneOffset.UTC) ? UTC : builder(zone).build();
  }

  /**
   * Returns a builder with the shared adapters, for a module that adds its own.
   *
   * @param zone the zone for timestamps without an offset
   * @return the builder
   */
  public static Moshi.Builder builder(ZoneId zone) {
    return new Moshi.Builder()
        .add(Instant.class, new InstantAdapter(zone).nullSafe())
        .add(Duration.class, new DurationSecondsAdapter().nullSafe())
        .add(BigDecimal.class, new BigDecimalAdapter().nullSafe())
        .add(new OpenEnumAdapterFactory())
        .add(new NonNullComponentsAdapterFactory());
  }
}
