package dev.activecalls.vobiz;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The calls live on the account right now, as UUIDs ({@link LiveCallsService#list()}); or, from
 * {@link QueuedCallsService#list()}, the calls queued right now (at most 20: Vobiz does not page
 * them), in the same shape. Fetch one's details with {@link LiveCallsService#find(String)} or
 * {@link QueuedCallsService#find(String)}.
 *
 * @param apiId Vobiz's identifier of this API request ({@code api_id}), or null when it sent none
 * @param callUuids the UUIDs of the calls, in Vobiz's order; empty when there are none, never null
 */
public record LiveCallList(@Nullable String apiId, List<String> callUuids) {

  /**
   * Copies the list so the record stays immutable.
   *
   * @throws NullPointerException if {@code callUuids} holds a null element
   */
  public LiveCallList {
    callUuids = callUuids == null ? List.of() : List.copyOf(callUuids);
  }

  /**
   * Returns how many calls are listed.
   *
   * @return the number of call UUIDs
   */
  public int count() {
    return callUuids.size();
  }
}
