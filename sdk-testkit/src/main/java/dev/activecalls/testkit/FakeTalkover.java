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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fake Talkover API on loopback: {@code GET /api/v1/agents/{agent_id}/active-call/{phone}},
 * {@code POST /api/v1/agents/{agent_id}/end-call}, and the call lists {@code GET /api/v1/calls}
 * and {@code GET /api/v1/agents/{agent_id}/calls}, answering with Talkover's JSON from calls the
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
 *
 * <p>The call lists show the fake's calls and the calls ended through end-call (status {@code
 * completed}), newest {@code started_at} first, with {@code created_at} = {@code started_at},
 * {@code updated_at} = now, {@code direction} {@code outbound}, {@code sid} {@code "CA"} plus the
 * id without dashes, and no {@code from}. They filter by {@code status}, {@code direction}, {@code
 * agent_id}, {@code date_from} and {@code date_to} (UTC days of {@code started_at}) and {@code
 * search} (in {@code to} and {@code sid}), and page with {@code per_page} (default 20, at most
 * {@value #MAX_PER_PAGE}) and {@code page}, answering {@code pagination: {current_page, last_page,
 * per_page, total, from, to}}. A value out of range or unreadable is a 422 naming the field. The
 * fake knows no agent list: any agent id lists that agent's calls, possibly none.
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
  /** The most calls a list page holds; a larger {@code per_page} is a 422. */
  public static final int MAX_PER_PAGE = 100;
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
  /**
   * The calls ended through end-call, by id, with status {@code completed}: ending one again is a
   * 409, not a 404, and the call lists still show them.
   */
  private final Map<String, Call> endedByApi = new LinkedHashMap<>();

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
      boolean allCalls = segments.size() == 3 && exchange.segmentsMatch(0, "api", "v1", "calls");
      boolean agentCalls = segments.size() == 5 && exchange.segmentsMatch(0, "api", "v1", "agents")
          && segments.get(4).equals("calls");
      if (allCalls || agentCalls) {
        return exchange.method().equals("GET")
            ? callList(agentCalls ? Exchange.decode(segments.get(3), true) : null, exchange)
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

    /**
     * Serves a call list: the fake's calls and those ended through end-call, newest first,
     * filtered and paged as Talkover documents. A bad filter value is a 422 naming it.
     */
    private Reply callList(@Nullable String pathAgentId, Exchange exchange) {
      String agentId = pathAgentId != null ? pathAgentId : exchange.queryParameter("agent_id");
      String status = exchange.queryParameter("status");
      String direction = exchange.queryParameter("direction");
      String search = exchange.queryParameter("search");
      LocalDate from;
      LocalDate to;
      int perPage;
      int page;
      try {
        from = date(exchange, "date_from");
        to = date(exchange, "date_to");
        perPage = number(exchange, "per_page", 20, MAX_PER_PAGE);
        page = number(exchange, "page", 1, Integer.MAX_VALUE);
      } catch (IllegalArgumentException e) {
        String field = e.getMessage();
        String message = "The " + field.replace('_', ' ') + " field is invalid.";
        return Reply.json(422, Json.object("message", message, "errors",
            Json.object(field, List.of(message))));
      }
      List<Call> all = new ArrayList<>(calls());
      synchronized (endedByApi) {
        all.addAll(endedByApi.values());
      }
      all.sort(Comparator.comparing(Call::startedAt).reversed());
      Instant now = now();
      List<Object> matching = new ArrayList<>();
      for (Call call : all) {
        LocalDate day = call.startedAt().atZone(ZoneOffset.UTC).toLocalDate();
        if ((agentId == null || call.agentId().equals(agentId))
            && (status == null || call.status().equals(status))
            && (direction == null || direction.equals("outbound"))
            && (from == null || !day.isBefore(from))
            && (to == null || !day.isAfter(to))
            && (search == null || call.to().contains(search) || sid(call).contains(search))) {
          matching.add(listed(call, pathAgentId == null, now));
        }
      }
      int total = matching.size();
      int lastPage = Math.max(1, (total + perPage - 1) / perPage);
      long first = (long) (page - 1) * perPage;
      List<Object> data = first >= total ? List.of()
          : matching.subList((int) first, (int) Math.min(total, first + perPage));
      return Reply.json(200, Json.object("success", true, "data", data, "pagination", Json.object(
          "current_page", page,
          "last_page", lastPage,
          "per_page", perPage,
          "total", total,
          "from", data.isEmpty() ? null : first + 1,
          "to", data.isEmpty() ? null : first + data.size())));
    }

    /** A call as the lists show it; {@code agent} only on {@code /calls}, as Talkover does. */
    private Object listed(Call call, boolean withAgent, Instant now) {
      Map<String, @Nullable Object> fields = new LinkedHashMap<>();
      fields.put("id", call.id());
      fields.put("sid", sid(call));
      fields.put("to", call.to());
      fields.put("to_formatted", call.to());
      fields.put("from", null);
      fields.put("from_formatted", null);
      fields.put("is_testing", false);
      fields.put("direction", "outbound");
      fields.put("status", call.status());
      fields.put("duration", call.durationAt(now).getSeconds());
      if (withAgent) {
        fields.put("agent", Json.object("id", call.agentId(), "name", "Agent", "label", null));
      }
      fields.put("created_at", timestamps.format(call.startedAt()));
      fields.put("updated_at", timestamps.format(now));
      return fields;
    }

    private static String sid(Call call) {
      return "CA" + call.id().replace("-", "");
    }

    /** Reads a {@code YYYY-MM-DD} parameter; its name is the exception's message. */
    private static @Nullable LocalDate date(Exchange exchange, String name) {
      String text = exchange.queryParameter(name);
      try {
        return text == null ? null : LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(name, e);
      }
    }

    /** Reads a whole-number parameter from 1 to {@code max}; its name is the exception's message. */
    private static int number(Exchange exchange, String name, int absent, int max) {
      String text = exchange.queryParameter(name);
      if (text == null) {
        return absent;
      }
      try {
        int value = Integer.parseInt(text);
        if (value >= 1 && value <= max) {
          return value;
        }
      } catch (NumberFormatException e) {
        // the same 422 as a number out of range
      }
      throw new IllegalArgumentException(name);
    }

    private Reply endCallOf(String agentId, String body) {
      Map<?, ?> fields = Json.readObject(body);
      if (!(fields != null && fields.get("call_sid") instanceof String callId && !callId.isBlank())) {
        return Reply.json(422, Json.object("message", CALL_SID_REQUIRED,
            "errors", Json.object("call_sid", List.of(CALL_SID_REQUIRED))));
      }
      // One lock for look, remove and remember: two concurrent ends of a call give 200 and 409.
      synchronized (endedByApi) {
        Call live = call(callId).filter(call -> call.agentId().equals(agentId)).orElse(null);
        if (live != null && endCall(callId)) {
          Instant now = now();
          endedByApi.put(callId, new Call(live.id(), live.agentId(), live.to(), "completed",
              live.startedAt(), live.durationAt(now)));
          return Reply.json(200, Json.object("success", true, "data", Json.object(
              "id", callId,
              "status", "completed",
              "ended_at", timestamps.format(now),
              "ended_reason", "ended_by_api")));
        }
        Call ended = endedByApi.get(callId);
        if (ended != null && ended.agentId().equals(agentId)) {
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
