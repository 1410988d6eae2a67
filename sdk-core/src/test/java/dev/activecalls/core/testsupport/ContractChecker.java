package dev.activecalls.core.testsupport;

import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.errors.ActiveCallsException;
import dev.activecalls.core.errors.ApiException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks what a read ended in against the contract every module declares: a decoded value against
 * its declared type, walking records reflectively; an SDK exception against the bounds on its
 * message. Each breach is added to a list of violations as one line that starts with where it is.
 */
public final class ContractChecker {
  private ContractChecker() {}

  /**
   * Checks a decoded value against its declared type: null only where the type is {@code
   * @Nullable} (in these {@code @NullMarked} packages), records component by component, lists and
   * maps unmodifiable, open enums with their raw text, durations non-negative, free-form JSON
   * ({@code Object}) as String, Double, Boolean, null, Map or List.
   *
   * @param value what the read returned, named {@code result} in the violations
   * @param violations where to add the breaches
   */
  public static void checkValue(@Nullable Object value, List<String> violations) {
    valueContract(value, null, "result", violations);
  }

  /**
   * Checks an SDK exception: a message under 2,000 characters, on one line and free of the
   * credential; for an {@link ApiException}, no negative {@code retryAfter()} and a {@code body()}
   * of at most 64 KiB.
   *
   * @param e what the read threw
   * @param credential what the client was made with, which no message may contain
   * @param violations where to add the breaches
   */
  public static void checkException(
      ActiveCallsException e, String credential, List<String> violations) {
    String name = e.getClass().getSimpleName();
    String message = e.getMessage();
    if (message == null) {
      violations.add(name + ": null message");
      return;
    }
    if (message.length() >= 2_000) {
      violations.add(name + ": message of 2,000 characters or more");
    }
    if (message.indexOf('\r') >= 0 || message.indexOf('\n') >= 0) {
      violations.add(name + ": message contains CR or LF");
    }
    if (message.contains(credential)) {
      violations.add(name + ": message contains the credential");
    }
    if (e instanceof ApiException api) {
      if (api.retryAfter().filter(Duration::isNegative).isPresent()) {
        violations.add(name + ": negative retryAfter()");
      }
      if (api.body().length() > 64 * 1024) {
        violations.add(name + ": body() over 64 KiB");
      }
    }
  }

  /**
   * Returns the value of one component of a record, through its accessor.
   *
   * @param record the record
   * @param component one of its components
   * @return the component's value
   */
  public static @Nullable Object componentValue(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("cannot read " + component, e);
    }
  }

  private static void valueContract(
      @Nullable Object value, @Nullable AnnotatedType declared, String path, List<String> violations) {
    if (value == null) {
      if (declared == null || !declared.isAnnotationPresent(Nullable.class)) {
        violations.add(path + ": null, but not @Nullable");
      }
    } else if (declared != null && declared.getType() == Object.class) {
      jsonContract(value, path, violations);
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        valueContract(componentValue(record, component), component.getAnnotatedType(),
            path + "." + component.getName(), violations);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        valueContract(list.get(i), typeArgument(declared, 0), path + "[" + i + "]", violations);
      }
      unmodifiable(list, path, violations);
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> {
        if (!(key instanceof String)) {
          violations.add(path + ": a key that is not a String");
        }
        valueContract(item, typeArgument(declared, 1), path + "[key]", violations);
      });
      unmodifiable(map, path, violations);
    } else if (value instanceof OpenEnum<?> open) {
      if (open.raw() == null) {
        violations.add(path + ": OpenEnum without raw()");
      }
    } else if (value instanceof Duration duration) {
      if (duration.isNegative()) {
        violations.add(path + ": negative Duration");
      }
    } else if (!(value instanceof String || value instanceof Boolean || value instanceof Integer
        || value instanceof Instant || value instanceof BigDecimal)) {
      violations.add(path + ": unexpected " + value.getClass().getName());
    }
  }

  private static void jsonContract(@Nullable Object value, String path, List<String> violations) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> {
        if (!(key instanceof String)) {
          violations.add(path + ": a key that is not a String");
        }
        jsonContract(item, path + "[key]", violations);
      });
      unmodifiable(map, path, violations);
    } else if (value instanceof List<?> list) {
      list.forEach(item -> jsonContract(item, path + "[i]", violations));
      unmodifiable(list, path, violations);
    } else if (value != null
        && !(value instanceof String || value instanceof Double || value instanceof Boolean)) {
      violations.add(path + ": a JSON value of type " + value.getClass().getName());
    }
  }

  private static @Nullable AnnotatedType typeArgument(@Nullable AnnotatedType declared, int index) {
    return declared instanceof AnnotatedParameterizedType parameterized
        ? parameterized.getAnnotatedActualTypeArguments()[index]
        : null;
  }

  @SuppressWarnings("unchecked")
  private static void unmodifiable(Object container, String path, List<String> violations) {
    try {
      if (container instanceof List<?> list) {
        ((List<Object>) list).add(null);
      } else {
        ((Map<Object, Object>) container).put("probe", null);
      }
      violations.add(path + ": modifiable");
    } catch (UnsupportedOperationException | NullPointerException expected) {
      // unmodifiable, as documented
    }
  }
}
