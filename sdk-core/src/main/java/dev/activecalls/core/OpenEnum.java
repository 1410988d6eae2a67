package dev.activecalls.core;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A vendor string that is usually one of the constants of {@code E}, but may be a value the vendor
 * added after this SDK was built. A known value can be switched on; an unknown one never fails
 * decoding and keeps its raw text.
 *
 * <pre>{@code
 * switch (call.type().orElse(CallType.UNKNOWN)) { ... }   // or
 * if (call.type().is(CallType.PHONE)) { ... }
 * String exactly = call.type().raw();
 * }</pre>
 *
 * <p>A raw value matches a constant by name, ignoring case and treating {@code -} and space as
 * {@code _}, or by one of the names listed in the constant's {@link WireNames} annotation.
 *
 * @param <E> the enum of known values
 */
public final class OpenEnum<E extends Enum<E>> {
  private static final ClassValue<Map<String, Enum<?>>> LOOKUP = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      return buildLookup(type);
    }
  };
  /** Decoded values by exact raw text, known ones only: the same few texts come in every body. */
  private static final ClassValue<Map<String, OpenEnum<?>>> KNOWN_BY_RAW = new ClassValue<>() {
    @Override
    protected Map<String, OpenEnum<?>> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };
  private static final int MAX_CACHED_TEXTS = 64;

  private final String raw;
  private final @Nullable E known;

  private OpenEnum(String raw, @Nullable E known) {
    this.raw = raw;
    this.known = known;
  }

  /**
   * Returns the value for the text the vendor sent.
   *
   * @param type the enum of known values
   * @param raw the vendor's text
   * @param <E> the enum type
   * @return a value that is known when {@code raw} matches a constant
   */
  public static <E extends Enum<E>> OpenEnum<E> of(Class<E> type, String raw) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(raw, "raw");
    Map<String, OpenEnum<?>> cache = KNOWN_BY_RAW.get(type);
    @SuppressWarnings("unchecked") // keyed by type, so every value is an OpenEnum<E>
    OpenEnum<E> cached = (OpenEnum<E>) cache.get(raw);
    if (cached != null) {
      return cached;
    }
    Enum<?> match = LOOKUP.get(type).get(normalize(raw));
    OpenEnum<E> value = new OpenEnum<>(raw, match == null ? null : type.cast(match));
    if (match != null && cache.size() < MAX_CACHED_TEXTS) {
      cache.putIfAbsent(raw, value); // unknown texts are not cached: a vendor could send endless ones
    }
    return value;
  }

  /**
   * Returns the known value {@code constant}, with its first wire name as raw text.
   *
   * @param constant the known value
   * @param <E> the enum type
   * @return the value
   */
  public static <E extends Enum<E>> OpenEnum<E> of(E constant) {
    Objects.requireNonNull(constant, "constant");
    return new OpenEnum<>(wireName(constant), constant);
  }

  /** Returns the exact text the vendor sent. */
  public String raw() {
    return raw;
  }

  /** Returns the known constant, or empty when the vendor sent a value this SDK does not know. */
  public Optional<E> known() {
    return Optional.ofNullable(known);
  }

  /** Returns true when the vendor sent a value this SDK knows. */
  public boolean isKnown() {
    return known != null;
  }

  /**
   * Returns true when this value is {@code constant}.
   *
   * @param constant the constant to compare with
   * @return whether the value is known and equal to {@code constant}
   */
  public boolean is(E constant) {
    return known == constant;
  }

  /**
   * Returns the known constant, or {@code fallback} for a value this SDK does not know. Handy for
   * {@code switch}.
   *
   * @param fallback what to return for an unknown value
   * @return the constant or the fallback
   */
  public E orElse(E fallback) {
    return known != null ? known : fallback;
  }

  /** Equal when the raw text is equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof OpenEnum<?> that && raw.equals(that.raw) && known == that.known;
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  /** Returns the known constant's name, or the raw text in quotes when unknown. */
  @Override
  public String toString() {
    return known != null ? known.name() : '"' + raw + '"';
  }

  private static String normalize(String raw) {
    return raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  private static <E extends Enum<E>> String wireName(E constant) {
    WireNames names = annotation(constant.getDeclaringClass(), constant.name());
    return names != null && names.value().length > 0 ? names.value()[0] : constant.name();
  }

  private static @Nullable WireNames annotation(Class<?> type, String constantName) {
    try {
      Field field = type.getField(constantName);
      return field.getAnnotation(WireNames.class);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Enum<?>> buildLookup(Class<?> type) {
    Map<String, Enum<?>> lookup = new HashMap<>();
    for (Object value : type.getEnumConstants()) {
      Enum<?> constant = (Enum<?>) value;
      lookup.put(normalize(constant.name()), constant);
      WireNames names = annotation(type, constant.name());
      if (names != null) {
        for (String name : names.value()) {
          lookup.put(normalize(name), constant);
        }
      }
    }
    return new ConcurrentHashMap<>(lookup);
  }
}
