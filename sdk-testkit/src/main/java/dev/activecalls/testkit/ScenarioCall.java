package dev.activecalls.testkit;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A call a {@link CallScenario} has placed on one of its fakes, with its planned timeline. Use
 * it to find something to look up: a Trillet {@link #roomName()}, a Vobiz {@link #callId()}
 * (the call UUID), a Talkover {@link #agentId()} and {@link #phone()}.
 *
 * @param number the call's sequence number in the scenario, from 1
 * @param vendor the fake it was placed on
 * @param callId the vendor's call id: Trillet {@code id}, Vobiz {@code call_uuid}, Talkover
 *     {@code id}
 * @param roomName the Trillet room name, or null for other vendors
 * @param agentId the Talkover agent id, or null for other vendors
 * @param phone the customer's number in E.164
 * @param phase where the call is now
 * @param arrivedAt when it was placed
 * @param answersAt when it is (or was) answered; equal to {@code arrivedAt} on Trillet
 * @param endsAt when the scenario ends it
 */
public record ScenarioCall(
    int number,
    Vendor vendor,
    String callId,
    @Nullable String roomName,
    @Nullable String agentId,
    String phone,
    Phase phase,
    Instant arrivedAt,
    Instant answersAt,
    Instant endsAt) {

  /** Checks the components. */
  public ScenarioCall {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(arrivedAt, "arrivedAt");
    Objects.requireNonNull(answersAt, "answersAt");
    Objects.requireNonNull(endsAt, "endsAt");
  }

  /** Where a scenario call is in its life. */
  public enum Phase {
    /** Placed, not answered yet (Vobiz {@code RINGING}, Talkover {@code ringing}). */
    RINGING,
    /** Answered and talking (Vobiz {@code ACTIVE}, Talkover {@code answered}, Trillet live). */
    ANSWERED
  }
}
