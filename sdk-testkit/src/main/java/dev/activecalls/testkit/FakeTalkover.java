package dev.activecalls.testkit;

import dev.activecalls.testkit.internal.Exchange;
import dev.activecalls.testkit.internal.HttpStatus;
import dev.activecalls.testkit.internal.Json;
import dev.activecalls.testkit.internal.Reply;
import dev.activecalls.testkit.internal.SeededRandom;
import dev.activecalls.testkit.internal.Values;
import dev.activecalls.testkit.internal.VendorRoutes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fake Talkover API on loopback: {@code GET /api/v1/agents/{agent_id}/active-call/{phone}} and
 * {@code POST /api/v1/agents/{agent_id}/end-call}, answering with Talkover's JSON from calls the
 * test adds.
 *
 * <pre>{@code
 * try (FakeTalkover talkover = FakeTalkover.start()) {
 *   talkover.addCall(c -> c.to("+15551234567").status("ringing"));  // agent: DEFAULT_AGENT_ID
 *   TalkoverClient client = TalkoverClient.builder().baseUrl(talkover.baseUrl())
 *       .apiToken(talkover.apiToken()).build();
 *   // ... exercise your code ...
 * }
 * }</pre>
 *
 * <p>Requests need {@code Authorization: Bearer <apiToken()>}; otherwise the answer is 401.
 * The phone is percent-decoded from one path segment, and, as the vendor's docs warn, a raw
 * {@code +} reads as a space: clients must send {@code %2B}. The lookup is exact: the agent id
 * and the E.164 number must equal a live call's. No call answers 404 {@code
 * {"success":false,"message":"No active call found for this phone number"}}; other errors are
 * {@code {"success":false,"message":..,"code":..}}. Every call added is active until ended,
 * whatever its {@code status} text. Calls are keyed by call id: {@link #updateCall}, {@link
 * #endCall} and {@link #call} take it.
 *
 * <p>{@code end-call} takes {@code {"call_sid": "<call id>"}}. Ending a live call of that agent
 * removes it, as {@link #endCall} does, and answers 200 {@code {"success": true, "data": {id,
 * "status": "completed", ended_at, "ended_reason": "ended_by_api"}}} with {@code ended_at} from the
 * fake's clock, in the {@link TimestampFormat} of {@code started_at}. The fake remembers the calls
 * it ended this way: ending one again answers 409 {@code {"success": false, "message": "Call is
 * not active", "code": "CALL_NOT_ACTIVE"}}. Any other call id (unknown, another agent's, or
 * ended by {@link #endCall} or a scenario, which the fake does not remember) answers 404 {@code
 * {"success": false, "message": "Call not found for this agent"}}; a missing or blank {@code
 * call_sid} answers 422 {@code {"message", "errors": {"call_sid": [...]}}}.
 */
public final class FakeTalkover extends FakeServer<FakeTalkover.Call, FakeTalkover.CallSpec> {
  /** The token a fake accepts unless the builder sets another. */
  public static final String DEFAULT_API_TOKEN = "talq_test_token";
  /** The agent id calls get unless the spec sets another. */
  public static final String DEFAULT_AGENT_ID = "5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
  /** The 404 message of the lookup when no call is active. */
  public static final String NO_ACTIVE_CALL = "No active call found for this phone number";
  /** The 404 message of end-call for a call id the agent has no live call with. */
  public static final String CALL_NOT_FOUND = "Call not found for this agent";
  /** The 422 message of end-call without a {@code call_sid}, Laravel's wording. */
  private static final String CALL_SID_REQUIRED = "The call sid field is required.";
  private static final long SEED = 0x7a1c_0L;

  /** How {@code started_at} is written; both are seen in the wild. */
  public enum TimestampFormat {
    /** {@code 2025-09-03T23:19:51.000000Z}: microseconds. */
    MICROS("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'"),
    /** {@code 2024-01-15T11:00:00Z}: whole seconds. */
    SECONDS("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private final String pattern;

    TimestampFormat(String pattern) {
      this.pattern = pattern;
    }
  }

  private final String apiToken;
  private final DateTimeFormatter timestamps;
  /** The calls ended through end-call, id to agent id: ending one again is a 409, not a 404. */
  private final Map<String, String> endedByApi = new HashMap<>();

  private FakeTalkover(Builder builder) {
    super(builder.clock, SEED, Call::id, CallSpec::new, CallSpec::build);
    this.apiToken = builder.apiToken;
    this.timestamps = DateTimeFormatter.ofPattern(builder.timestampFormat.pattern, Locale.ROOT)
        .withZone(ZoneOffset.UTC);
    serve(new Routes());
  }

  /**
   * Starts a fake that accepts {@link #DEFAULT_API_TOKEN}.
   *
   * @return the running fake; close it when done
   * @throws java.io.UncheckedIOException if no loopback port can be bound
   */
  public static FakeTalkover start() {
    return builder().start();
  }

  /**
   * Starts a fake that accepts the given token.
   *
   * @param apiToken the bearer token to accept, e.g. {@code talq_...}
   * @return the running fake; close it when done
   * @throws java.io.UncheckedIOException if no loopback port can be bound
   */
  public static FakeTalkover start(String apiToken) {
    return builder().apiToken(apiToken).start();
  }

  /**
   * Returns a builder for a fake with another token, clock or timestamp format.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the bearer token this fake accepts.
   *
   * @return the token
   */
  public String apiToken() {
    return apiToken;
  }

  /**
   * Returns {@link Vendor#TALKOVER}.
   *
   * @return the vendor
   */
  @Override
  public Vendor vendor() {
    return Vendor.TALKOVER;
  }

  @Override
  ScenarioCall place(CallScenario.Plan plan) {
    String id = plan.random().uuid();
    ScenarioCall call = plan.call(vendor(), id, null, plan.agentId());
    addCall(c -> {
      c.id(id).agentId(plan.agentId()).to(plan.phone()).startedAt(plan.arrivedAt());
      showPhase(c, call);
    });
    return call;
  }

  @Override
  void showPhase(CallSpec spec, ScenarioCall call) {
    spec.status(call.phase() == ScenarioCall.Phase.ANSWERED ? "answered" : "ringing");
  }

  /** Builds a {@link FakeTalkover}. */
  public static final class Builder {
    private String apiToken = DEFAULT_API_TOKEN;
    private Clock clock = Clock.systemUTC();
    private TimestampFormat timestampFormat = TimestampFormat.MICROS;

    private Builder() {}

    /**
     * Sets the bearer token to accept.
     *
     * @param value the token, not blank
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder apiToken(String value) {
      this.apiToken = Values.requireText("apiToken", value);
      return this;
    }

    /**
     * Sets the clock durations are read from.
     *
     * @param value the clock; {@link Clock#systemUTC()} by default
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Sets how {@code started_at} is written ({@link TimestampFormat#MICROS} by default).
     *
     * @param value the format
     * @return this builder
     */
    public Builder timestampFormat(TimestampFormat value) {
      this.timestampFormat = Objects.requireNonNull(value, "timestampFormat");
      return this;
    }

    /**
     * Starts the fake.
     *
     * @return the running fake; close it when done
     * @throws java.io.UncheckedIOException if no loopback port can be bound
     */
    public FakeTalkover start() {
      return new FakeTalkover(this);
    }
  }

  /**
   * An active Talkover call as the fake stores it.
   *
   * @param id the call id
   * @param agentId the agent's id
   * @param to the called number in E.164, the lookup key with the agent id
   * @param status {@code initiated}, {@code ringing} or {@code answered} (other text is sent as
   *     is)
   * @param startedAt when the call started ({@code started_at})
   * @param duration a fixed {@code duration_seconds}, or null to count from {@code startedAt}
   */
  public record Call(String id, String agentId, String to, String status, Instant startedAt,
      @Nullable Duration duration) {

    /** Checks the components. */
    public Call {
      Values.requireText("id", id);
      Values.requireText("agentId", agentId);
      Values.requireText("to", to);
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(startedAt, "startedAt");
      if (duration != null && duration.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative: " + duration);
      }
    }

    /**
     * Returns the {@code duration_seconds} at an instant: the fixed one if set, else whole
     * seconds since {@link #startedAt()}.
     *
     * @param now the instant
     * @return the duration
     */
    public Duration durationAt(Instant now) {
      return duration != null ? duration : Values.wholeSecondsBetween(startedAt, now);
    }
  }

  /**
   * The fields of a call being added or changed. Setters return this spec. Defaults for a new
   * call: a random UUID id, agent {@link #DEFAULT_AGENT_ID}, a random {@code +1...555....}
   * number, status {@code answered}, started now, duration from the clock.
   */
  public static final class CallSpec {
    private @Nullable String id;
    private String agentId = DEFAULT_AGENT_ID;
    private @Nullable String to;
    private String status = "answered";
    private @Nullable Instant startedAt;
    private @Nullable Duration duration;

    private CallSpec(@Nullable Call call) {
      if (call != null) {
        id = call.id();
        agentId = call.agentId();
        to = call.to();
        status = call.status();
        startedAt = call.startedAt();
        duration = call.duration();
      }
    }

    /**
     * Sets the call id.
     *
     * @param value the id
     * @return this spec
     */
    public CallSpec id(String value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

    /**
     * Sets the agent id.
     *
     * @param value the agent id
     * @return this spec
     */
    public CallSpec agentId(String value) {
      this.agentId = Objects.requireNonNull(value, "agentId");
      return this;
    }

    /**
     * Sets the called number, matched exactly against the decoded path.
     *
     * @param value the number in E.164, e.g. {@code +15551234567}
     * @return this spec
     */
    public CallSpec to(String value) {
      this.to = Objects.requireNonNull(value, "to");
      return this;
    }

    /**
     * Sets the status.
     *
     * @param value {@code initiated}, {@code ringing} or {@code answered}; other text is sent as
     *     is, to test unknown values
     * @return this spec
     */
    public CallSpec status(String value) {
      this.status = Objects.requireNonNull(value, "status");
      return this;
    }

    /**
     * Sets when the call started (default: now on the fake's clock).
     *
     * @param value the instant
     * @return this spec
     */
    public CallSpec startedAt(Instant value) {
      this.startedAt = Objects.requireNonNull(value, "startedAt");
      return this;
    }

    /**
     * Fixes the reported {@code duration_seconds}, or lets it follow the clock again.
     *
     * @param value the duration (sent in whole seconds), or null to count from the start
     * @return this spec
     */
    public CallSpec duration(@Nullable Duration value) {
      this.duration = value;
      return this;
    }

    private Call build(Instant now, SeededRandom random) {
      return new Call(id != null ? id : random.uuid(), agentId,
          to != null ? to : random.phone(), status, startedAt != null ? startedAt : now,
          duration);
    }
  }

  private final class Routes implements VendorRoutes {
    @Override
    public boolean authenticated(Exchange exchange) {
      String authorization = exchange.header("Authorization");
      return authorization != null
          && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
          && authorization.substring(7).trim().equals(apiToken);
    }

    @Override
    public Reply route(Exchange exchange) {
      List<String> segments = exchange.segments();
      if (segments.size() == 5 && exchange.segmentsMatch(0, "api", "v1", "agents")
          && segments.get(4).equals("end-call")) {
        return exchange.method().equals("POST")
            ? endCallOf(Exchange.decode(segments.get(3), true), exchange.body())
            : error(405, null, null, exchange);
      }
      if (segments.size() != 6 || !exchange.segmentsMatch(0, "api", "v1", "agents")
          || !segments.get(4).equals("active-call")) {
        return error(404, "The route " + exchange.path() + " could not be found.", null,
            exchange);
      }
      if (!exchange.method().equals("GET")) {
        return error(405, null, null, exchange);
      }
      String agentId = Exchange.decode(segments.get(3), true);
      String phone = Exchange.decode(segments.get(5), true);
      Instant now = now();
      List<Object> data = new ArrayList<>();
      for (Call call : calls()) {
        if (call.agentId().equals(agentId) && call.to().equals(phone)) {
          data.add(Json.object(
              "id", call.id(),
              "agent_id", call.agentId(),
              "to", call.to(),
              "status", call.status(),
              "started_at", timestamps.format(call.startedAt()),
              "duration_seconds", call.durationAt(now).getSeconds()));
        }
      }
      if (data.isEmpty()) {
        return Reply.json(404, Json.object("success", false, "message", NO_ACTIVE_CALL));
      }
      return Reply.json(200, Json.object("success", true, "data", data));
    }

    private Reply endCallOf(String agentId, String body) {
      Map<?, ?> fields = Json.readObject(body);
      if (!(fields != null && fields.get("call_sid") instanceof String callId && !callId.isBlank())) {
        return Reply.json(422, Json.object("message", CALL_SID_REQUIRED,
            "errors", Json.object("call_sid", List.of(CALL_SID_REQUIRED))));
      }
      // One lock for look, remove and remember: two concurrent ends of a call give 200 and 409.
      synchronized (endedByApi) {
        boolean live = call(callId).filter(call -> call.agentId().equals(agentId)).isPresent();
        if (live && endCall(callId)) {
          endedByApi.put(callId, agentId);
          return Reply.json(200, Json.object("success", true, "data", Json.object(
              "id", callId,
              "status", "completed",
              "ended_at", timestamps.format(now()),
              "ended_reason", "ended_by_api")));
        }
        if (agentId.equals(endedByApi.get(callId))) {
          return Reply.json(409, Json.object("success", false, "message", "Call is not active",
              "code", "CALL_NOT_ACTIVE"));
        }
      }
      return Reply.json(404, Json.object("success", false, "message", CALL_NOT_FOUND));
    }

    @Override
    public Reply error(int status, @Nullable String message, @Nullable Long retryAfterSeconds,
        Exchange exchange) {
      if (status == 404 && message == null) {
        return Reply.json(404, Json.object("success", false, "message", NO_ACTIVE_CALL));
      }
      String text = message != null ? message : switch (status) {
        case 401 -> "Unauthenticated.";
        case 429 -> "Too Many Attempts.";
        default -> HttpStatus.reason(status);
      };
      return Reply.json(status, Json.object("success", false, "message", text,
          "code", HttpStatus.code(status).toLowerCase(Locale.ROOT)));
    }
  }
}
