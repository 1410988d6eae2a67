package dev.activecalls.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The live calls of one fake, in the order they were added, keyed by the identifier the
 * vendor's API looks them up by. All methods are atomic; values must be immutable.
 *
 * @param <T> the call type
 */
public final class CallStore<T> {
  private final Function<T, String> keyOf;
  private final Map<String, T> calls = new LinkedHashMap<>();

  /**
   * Creates an empty store.
   *
   * @param keyOf how to read a call's key
   */
  public CallStore(Function<T, String> keyOf) {
    this.keyOf = Objects.requireNonNull(keyOf, "keyOf");
  }

  /**
   * Adds a call.
   *
   * @param call the call
   * @return the call
   * @throws IllegalArgumentException if a call with the same key is live
   */
  public synchronized T add(T call) {
    String key = keyOf.apply(call);
    if (calls.containsKey(key)) {
      throw new IllegalArgumentException("a live call already has the key " + key);
    }
    calls.put(key, call);
    return call;
  }

  /**
   * Looks a call up.
   *
   * @param key the key
   * @return the call, or empty if it is not live
   */
  public synchronized Optional<T> get(String key) {
    return Optional.ofNullable(calls.get(key));
  }

  /**
   * Replaces a call with a changed copy, atomically.
   *
   * @param key the key
   * @param change computes the new call from the current one
   * @return the new call, or empty if no call has that key
   * @throws IllegalArgumentException if the change alters the key
   */
  public synchronized Optional<T> update(String key, UnaryOperator<T> change) {
    T current = calls.get(key);
    if (current == null) {
      return Optional.empty();
    }
    T next = Objects.requireNonNull(change.apply(current), "changed call");
    if (!keyOf.apply(next).equals(key)) {
      throw new IllegalArgumentException("a call's key cannot change (was " + key + ")");
    }
    calls.put(key, next);
    return Optional.of(next);
  }

  /**
   * Removes a call.
   *
   * @param key the key
   * @return true if a call was removed
   */
  public synchronized boolean remove(String key) {
    return calls.remove(key) != null;
  }

  /**
   * Removes every call.
   *
   * @return how many were removed
   */
  public synchronized int clear() {
    int size = calls.size();
    calls.clear();
    return size;
  }

  /**
   * Returns the live calls in the order they were added.
   *
   * @return an immutable copy
   */
  public synchronized List<T> snapshot() {
    return List.copyOf(new ArrayList<>(calls.values()));
  }
}
