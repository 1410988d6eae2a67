package dev.activecalls.vobiz.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The nonces of the callbacks accepted within a time window, at most a given number of them:
 * past the limit the oldest is forgotten early. Thread-safe.
 */
public final class NonceCache {
  private final Duration window;
  private final int maxNonces;
  private final Clock clock;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  /**
   * Creates an empty cache.
   *
   * @param window how long a nonce is remembered
   * @param maxNonces how many nonces are remembered at most
   * @param clock the clock the window is measured on
   */
  public NonceCache(Duration window, int maxNonces, Clock clock) {
    this.window = window;
    this.maxNonces = maxNonces;
    this.clock = clock;
  }

  /**
   * Records the nonces of a callback unless one of them was recorded within the window.
   *
   * @param nonces the callback's nonces, e.g. its V2 and V3 nonces
   * @return true if none was seen (they are recorded now), false for a replay
   */
  public synchronized boolean firstSighting(Collection<String> nonces) {
    Instant now = clock.instant();
    Instant oldestKept = now.minus(window);
    // Insertion order is time order while the clock does not go back; if it does, an entry
    // behind a newer one lives a little longer, still within maxNonces.
    Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
    while (entries.hasNext() && !entries.next().getValue().isAfter(oldestKept)) {
      entries.remove();
    }
    for (String nonce : nonces) {
      if (seen.containsKey(nonce)) {
        return false;
      }
    }
    for (String nonce : nonces) {
      seen.put(nonce, now);
    }
    Iterator<String> oldest = seen.keySet().iterator();
    while (seen.size() > maxNonces) {
      oldest.next();
      oldest.remove();
    }
    return true;
  }
}
