package dev.activecalls.benchmarks.prototype;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.WireNames;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Proposed {@code dev.activecalls.core.internal.Json.builder(ZoneId)}: the same adapters with
 * three changes, each a drop-in for the SDK class named.
 *
 * <ul>
 *   <li>{@code InstantAdapter}: now ported to sdk-core, so sdk-core's own is used.
 *   <li>{@code DurationSecondsAdapter}: a whole number of seconds is read with {@link
 *       Long#parseLong}; only fractions go through {@link BigDecimal}.
 *   <li>{@code OpenEnumAdapterFactory.Adapter}: the known spellings of each constant (its name in
 *       upper, lower and kebab case, and its {@link WireNames}) are matched with {@link
 *       JsonReader#selectString} against prebuilt, shared {@link OpenEnum} values, so a known value
 *       costs no String and no {@code OpenEnum} allocation; anything else takes the current path.
 * </ul>
 *
 * <p>The SDK's {@code NonNullComponentsAdapterFactory} is left out here only because it cannot be
 * reached from this module; it creates no adapter for the all-{@code @Nullable} wire records these
 * prototypes decode, so the results are the same.
 */
public final class PrototypeJson {
  private PrototypeJson() {}

  /**
   * Returns the proposed Moshi.
   *
   * @param zone the zone for timestamps without an offset
   * @return the Moshi
   */
  public static Moshi moshi(ZoneId zone) {
    return new Moshi.Builder()
        .add(Instant.class, dev.activecalls.core.internal.Json.moshi(zone).adapter(Instant.class))
        .add(Duration.class, new DurationSecondsAdapter().nullSafe())
        .add(BigDecimal.class, new BigDecimalAdapter().nullSafe())
        .add(new OpenEnumAdapterFactory())
        .build();
  }

  /** {@code DurationSecondsAdapter} with a whole-seconds fast path; otherwise unchanged. */
  static final class DurationSecondsAdapter extends JsonAdapter<Duration> {
    @Override
    public Duration fromJson(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.NUMBER) {
        throw new JsonDataException(
            "Expected a number of seconds but was " + reader.peek() + " at path " + reader.getPath());
      }
      String text = reader.nextString();
      if (isSmallWholeNumber(text)) {
        return Duration.ofSeconds(Long.parseLong(text));
      }
      try {
        BigDecimal seconds = new BigDecimal(text);
        if (seconds.signum() < 0) {
          throw new JsonDataException("Expected a non-negative duration but was " + text
              + " at path " + reader.getPath());
        }
        return Duration.ofNanos(seconds.movePointRight(9).longValueExact());
      } catch (NumberFormatException | ArithmeticException e) {
        throw new JsonDataException(
            "Expected a number of seconds but was " + text + " at path " + reader.getPath(), e);
      }
    }

    /** Digits only, at most 9 of them: fits Duration.ofNanos's range exactly like the slow path. */
    private static boolean isSmallWholeNumber(String text) {
      int length = text.length();
      if (length == 0 || length > 9) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }

    @Override
    public void toJson(JsonWriter writer, Duration value) throws IOException {
      writer.value(value.getSeconds());
    }
  }

  /** {@code BigDecimalAdapter}, copied unchanged (it is package-private in sdk-core). */
  static final class BigDecimalAdapter extends JsonAdapter<BigDecimal> {
    @Override
    public BigDecimal fromJson(JsonReader reader) throws IOException {
      JsonReader.Token token = reader.peek();
      if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
        throw new JsonDataException("Expected a decimal number but was " + token + " at path "
            + reader.getPath());
      }
      String text = reader.nextString().strip();
      if (text.isEmpty()) {
        return null;
      }
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new JsonDataException(
            "Expected a decimal number but was '" + text + "' at path " + reader.getPath(), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
      writer.value(value);
    }
  }

  /** {@code OpenEnumAdapterFactory} whose adapter matches known spellings without allocating. */
  static final class OpenEnumAdapterFactory implements JsonAdapter.Factory {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (!annotations.isEmpty() || Types.getRawType(type) != OpenEnum.class) {
        return null;
      }
      if (!(type instanceof ParameterizedType parameterized)) {
        throw new IllegalArgumentException("OpenEnum must be parameterized with its enum: " + type);
      }
      return adapterFor(Types.getRawType(parameterized.getActualTypeArguments()[0])).nullSafe();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JsonAdapter<?> adapterFor(Class<?> enumType) {
      return new Adapter(enumType.asSubclass(Enum.class));
    }
  }

  /** Reads an {@code OpenEnum<E>}: known spellings by selectString, anything else as before. */
  static final class Adapter<E extends Enum<E>> extends JsonAdapter<OpenEnum<E>> {
    private final Class<E> type;
    private final JsonReader.Options spellings;
    private final List<OpenEnum<E>> values;

    Adapter(Class<E> type) {
      this.type = type;
      Map<String, OpenEnum<E>> known = new LinkedHashMap<>();
      for (E constant : type.getEnumConstants()) {
        List<String> names = new ArrayList<>();
        names.add(constant.name());
        WireNames wire = wireNames(type, constant);
        if (wire != null) {
          names.addAll(List.of(wire.value()));
        }
        for (String name : names) {
          for (String spelling : List.of(name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT),
              name.toLowerCase(Locale.ROOT).replace('_', '-'))) {
            // OpenEnum.of decides what the spelling means, exactly as it would at decode time.
            known.putIfAbsent(spelling, OpenEnum.of(type, spelling));
          }
        }
      }
      this.spellings = JsonReader.Options.of(known.keySet().toArray(String[]::new));
      this.values = List.copyOf(known.values());
    }

    private static WireNames wireNames(Class<?> type, Enum<?> constant) {
      try {
        return type.getField(constant.name()).getAnnotation(WireNames.class);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public OpenEnum<E> fromJson(JsonReader reader) throws IOException {
      JsonReader.Token token = reader.peek();
      if (token == JsonReader.Token.STRING) {
        int index = reader.selectString(spellings);
        if (index != -1) {
          return values.get(index);
        }
      }
      String raw = switch (token) {
        case STRING, NUMBER -> reader.nextString();
        case BOOLEAN -> Boolean.toString(reader.nextBoolean());
        default -> throw new JsonDataException(
            "Expected a string for " + type.getSimpleName() + " but was " + token + " at path "
                + reader.getPath());
      };
      return OpenEnum.of(type, raw);
    }

    @Override
    public void toJson(JsonWriter writer, OpenEnum<E> value) throws IOException {
      writer.value(value.raw());
    }
  }
}
