package dev.activecalls.testkit;

import dev.activecalls.testkit.internal.CallbackSender;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * A fake Vobiz API on loopback: the live status of a call, {@code GET
 * /api/v1/Account/{auth_id}/Call/{call_uuid}/?status=live}, and the live call list, {@code GET
 * /api/v1/Account/{auth_id}/Call/?status=live}, answering from calls the test adds, in the
 * {@linkplain Shape#CURRENT current} flat shape or the {@linkplain Shape#LEGACY legacy} one; the
 * same reads with {@code ?status=queued} for queued calls; hang-up and transfer.
 *
 * <pre>{@code
 * try (FakeVobiz vobiz = FakeVobiz.start(FakeVobiz.Shape.LEGACY)) {
 *   String uuid = vobiz.addCall(c -> c.callState("RINGING").to("+14156667778")).callUuid();
 *   VobizClient client = VobizClient.builder().baseUrl(vobiz.baseUrl())
 *       .authId(vobiz.authId()).authToken(vobiz.authToken()).build();
 *   // ... exercise your code ...
 *   vobiz.updateCall(uuid, c -> c.callState("ACTIVE"));   // answered now, duration counts
 *   vobiz.endCall(uuid);                                  // now 404 {"api_id":..,"error":"not found"}
 * }
 * }</pre>
 *
 * <p>Requests need {@code X-Auth-ID} and {@code X-Auth-Token} headers equal to {@link
 * #authId()} and {@link #authToken()}, and the path's {@code auth_id} must be {@link #authId()}
 * (otherwise 403). As the real API does, the lowercase path of the old docs ({@code
 * /api/v1/account/.../call/...}) is answered 401. A read without {@code status=live} or {@code
 * status=queued} is 404 for a call (there is no finished-call record yet) and an empty CDR page
 * for the list. Errors are {@code
 * {"status":"error","error":{"code":..,"message":..,"details":{..}},"timestamp":..,
 * "requestId":..}}, and 404 is Plivo's {@code {"api_id":..,"error":"not found"}}. Timestamps
 * carry no zone; they are written in the builder's {@linkplain Builder#zone(ZoneId) zone}.
 * Calls are keyed by call UUID: {@link #updateCall}, {@link #endCall} and {@link #call} take
 * it.
 *
 * <p>Acting on calls, with Vobiz's semantics:
 *
 * <ul>
 *   <li>{@code DELETE .../Call/{call_uuid}/} hangs up a live call or cancels a queued one, as
 *       {@link #endCall} does, and answers 204 with no body; an unknown or ended call is 404.
 *   <li>{@code DELETE .../Call/} (no UUID) hangs up <em>every</em> call of the account, live and
 *       queued, and answers 204: that is what the real API does, so a client that lets a blank
 *       UUID through shows it here.
 *   <li>{@code POST .../Call/{call_uuid}/} transfers a live call: the body must be a JSON object
 *       ({@code legs} aleg|bleg|both, default aleg; {@code aleg_url}, {@code aleg_method}, {@code
 *       bleg_url}, {@code bleg_method}), else 400; the chosen legs need an absolute http(s) URL
 *       each, else 400; a method must be GET or POST, else 400. The body is checked first; then
 *       a call that is not live (queued, ended, unknown) is 404. Otherwise 202 {@code {api_id,
 *       message: "call transferred", call_uuid}}; the call stays live and nothing else changes
 *       (the fake fetches no XML).
 * </ul>
 *
 * <p>A queued call is a call whose state is {@code QUEUED} ({@link #addQueuedCall}): it answers
 * only {@code ?status=queued}, in the current flat shape with {@code call_status: "queued"}, is
 * listed (at most 20, as Vobiz lists them) only there, and is not in the live list.
 *
 * <p>The fake also plays Vobiz's side of callbacks: {@link #sendCallback(String, java.util.Map)}
 * posts a form to the test's endpoint signed with {@link #authToken()} as Vobiz signs it (V2 and
 * V3 headers), and {@link CallbackSignature#BAD} or {@link CallbackSignature#NONE} sends a forged
 * or unsigned one.
 */
public final class FakeVobiz extends FakeServer<FakeVobiz.Call, FakeVobiz.CallSpec> {
  /** The auth id a fake accepts unless the builder sets another. */
  public static final String DEFAULT_AUTH_ID = "MAFAKE00TESTKIT00001";
  /** The auth token a fake accepts unless the builder sets another. */
  public static final String DEFAULT_AUTH_TOKEN = "vobiz-test-auth-token";
  /** The number a scenario's calls come from. */
  private static final String SCENARIO_CALLER_ID = "+14156667777";
  private static final long SEED = 0x70b1_2L;

  /** The two response shapes of the live-call endpoint seen in the wild. */
  public enum Shape {
    /**
     * The current flat object: {@code {api_id, call_status, call_uuid, caller_name, direction,
     * from, to, request_uuid, session_start, stir_attestation, stir_verification}}.
     */
    CURRENT,
    /**
     * The legacy list: {@code {api_id, calls:[{answer_time, call_direction, call_duration,
     * call_state, call_uuid, from_number, to_number, initiation_time, ...}]}}.
     */
    LEGACY
  }

  /** How zone-less timestamps are written; all three are seen in the wild. */
  public enum TimestampFormat {
    /** {@code 2014-10-15 09:03:43}: no fraction, no zone. */
    SECONDS("uuuu-MM-dd HH:mm:ss"),
    /** {@code 2026-06-11 16:03:28.586839}: microseconds, no zone. */
    MICROS("uuuu-MM-dd HH:mm:ss.SSSSSS"),
    /** {@code 2022-06-28 19:39:05+05:30}: with the zone's offset. */
    OFFSET("uuuu-MM-dd HH:mm:ssxxx");

    private final String pattern;

    TimestampFormat(String pattern) {
      this.pattern = pattern;
    }
  }

  private final String authId;
  private final String authToken;
  private final DateTimeFormatter timestamps;
  private volatile Shape shape;

  private FakeVobiz(Builder builder) {
    super(builder.clock, SEED, Call::callUuid, CallSpec::new, CallSpec::build);
    this.authId = builder.authId;
    this.authToken = builder.authToken;
    this.shape = builder.shape;
    this.timestamps = DateTimeFormatter.ofPattern(builder.timestampFormat.pattern, Locale.ROOT)
        .withZone(builder.zone);
    serve(new Routes());
  }

  /**
   * Starts a fake serving the current shape and accepting {@link #DEFAULT_AUTH_ID} and {@link
   * #DEFAULT_AUTH_TOKEN}.
   *
   * @return the running fake; close it when done
   * @throws java.io.UncheckedIOException if no loopback port can be bound
   */
  public static FakeVobiz start() {
    return builder().start();
  }

  /**
   * Starts a fake serving the given shape with the default credentials.
   *
   * @param shape the response shape
   * @return the running fake; close it when done
   * @throws java.io.UncheckedIOException if no loopback port can be bound
   */
  public static FakeVobiz start(Shape shape) {
    return builder().shape(shape).start();
  }

  /**
   * Starts a fake serving the current shape that accepts the given credentials.
   *
   * @param authId the {@code X-Auth-ID} (and path {@code auth_id}) to accept
   * @param authToken the {@code X-Auth-Token} to accept
   * @return the running fake; close it when done
   * @throws java.io.UncheckedIOException if no loopback port can be bound
   */
  public static FakeVobiz start(String authId, String authToken) {
    return builder().authId(authId).authToken(authToken).start();
  }

  /**
   * Returns a builder for a fake with other credentials, shape, clock, zone or timestamp
   * format.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the {@code X-Auth-ID} (and path {@code auth_id}) this fake accepts.
   *
   * @return the auth id
   */
  public String authId() {
    return authId;
  }

  /**
   * Returns the {@code X-Auth-Token} this fake accepts.
   *
   * @return the auth token
   */
  public String authToken() {
    return authToken;
  }

  /**
   * Posts a callback signed as Vobiz signs it, to test an endpoint end to end; see {@link
   * #sendCallback(String, Map, CallbackSignature)}.
   *
   * @param url the endpoint's URL
   * @param form the callback's fields, like {@code Map.of("Event", "Hangup", "CallUUID", uuid)}
   * @return the HTTP status the endpoint answered
   * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL
   * @throws java.io.UncheckedIOException if the endpoint cannot be reached or does not answer
   */
  public int sendCallback(String url, Map<String, String> form) {
    return sendCallback(url, form, CallbackSignature.VALID);
  }

  /**
   * Posts a callback as Vobiz does, {@code application/x-www-form-urlencoded}, signed with
   * {@link #authToken()} in {@code X-Vobiz-Signature-V2} and {@code -V3} (each with its own
   * 20-digit nonce header), or with a bad signature, or none. The signed URL is {@code url}
   * before its query, exactly as given: give the URL your endpoint sees itself called at.
   *
   * @param url the endpoint's URL
   * @param form the callback's fields, sent in the map's order
   * @param signature {@link CallbackSignature#VALID}, {@link CallbackSignature#BAD} or {@link
   *     CallbackSignature#NONE}
   * @return the HTTP status the endpoint answered
   * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL
   * @throws java.io.UncheckedIOException if the endpoint cannot be reached or does not answer
   */
  public int sendCallback(String url, Map<String, String> form, CallbackSignature signature) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(form, "form");
    String key = switch (Objects.requireNonNull(signature, "signature")) {
      case VALID -> authToken;
      case BAD -> "not-" + authToken;
      case NONE -> null;
    };
    return CallbackSender.send(url, form, key, () -> random().digits(20));
  }

  /**
   * Returns the shape the live-call endpoint answers in.
   *
   * @return the shape
   */
  public Shape shape() {
    return shape;
  }

  /**
   * Switches the shape of the live-call endpoint for the following requests.
   *
   * @param newShape the shape
   */
  public void setShape(Shape newShape) {
    this.shape = Objects.requireNonNull(newShape, "shape");
  }

  /**
   * Returns {@link Vendor#VOBIZ}.
   *
   * @return the vendor
   */
  @Override
  public Vendor vendor() {
    return Vendor.VOBIZ;
  }

  /**
   * Adds a queued call: one placed but not yet connected ({@code callState("QUEUED")}), which the
   * fake serves only under {@code ?status=queued}. Move it on with {@code updateCall(uuid, c ->
   * c.callState("RINGING"))}, or cancel it with {@link #endCall}.
   *
   * @param customizer sets fields of the call after it is marked queued
   * @return the call as stored
   * @throws IllegalArgumentException if a field is invalid
   */
  public Call addQueuedCall(Consumer<CallSpec> customizer) {
    Objects.requireNonNull(customizer, "customizer");
    return addCall(spec -> customizer.accept(spec.callState(Call.QUEUED)));
  }

  @Override
  ScenarioCall place(CallScenario.Plan plan) {
    String uuid = plan.random().uuid();
    ScenarioCall call = plan.call(vendor(), uuid, null, null);
    addCall(c -> {
      c.callUuid(uuid).direction("outbound").from(SCENARIO_CALLER_ID).to(plan.phone())
          .callerName(plan.customer()).initiatedAt(plan.arrivedAt());
      showPhase(c, call);
    });
    return call;
  }

  @Override
  void showPhase(CallSpec spec, ScenarioCall call) {
    boolean answered = call.phase() == ScenarioCall.Phase.ANSWERED;
    spec.callState(answered ? "ACTIVE" : "RINGING").answeredAt(answered ? call.answersAt() : null);
  }

  /** Builds a {@link FakeVobiz}. */
  public static final class Builder {
    private String authId = DEFAULT_AUTH_ID;
    private String authToken = DEFAULT_AUTH_TOKEN;
    private Shape shape = Shape.CURRENT;
    private Clock clock = Clock.systemUTC();
    private ZoneId zone = ZoneOffset.UTC;
    private TimestampFormat timestampFormat = TimestampFormat.SECONDS;

    private Builder() {}

    /**
     * Sets the auth id to accept in {@code X-Auth-ID} and in the path.
     *
     * @param value the auth id, not blank
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder authId(String value) {
      this.authId = Values.requireText("authId", value);
      return this;
    }

    /**
     * Sets the {@code X-Auth-Token} to accept.
     *
     * @param value the token, not blank
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder authToken(String value) {
      this.authToken = Values.requireText("authToken", value);
      return this;
    }

    /**
     * Sets the response shape of the live-call endpoint ({@link Shape#CURRENT} by default).
     *
     * @param value the shape
     * @return this builder
     */
    public Builder shape(Shape value) {
      this.shape = Objects.requireNonNull(value, "shape");
      return this;
    }

    /**
     * Sets the clock that durations and timestamps are read from.
     *
     * @param value the clock; {@link Clock#systemUTC()} by default
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Sets the zone zone-less timestamps are written in (UTC by default), to test that a client
     * reads them in the zone it was configured with.
     *
     * @param value the zone
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      this.zone = Objects.requireNonNull(value, "zone");
      return this;
    }

    /**
     * Sets how timestamps are written ({@link TimestampFormat#SECONDS} by default).
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
    public FakeVobiz start() {
      return new FakeVobiz(this);
    }
  }

  /**
   * A live Vobiz call as the fake stores it.
   *
   * @param callUuid the call UUID, the key of the live-call endpoint
   * @param requestUuid the {@code request_uuid} of the current shape
   * @param direction {@code outbound} or {@code inbound}
   * @param from the calling number
   * @param to the called number
   * @param callerName the {@code caller_name} of the current shape, or null
   * @param callState the legacy {@code call_state}: {@code RINGING}, {@code EARLY}, {@code
   *     ACTIVE}, {@code HELD} (other text is sent as is); {@value #QUEUED} for a queued call
   * @param callStatus the current {@code call_status} to send, or null to derive it from the
   *     state (see {@link #currentStatus()})
   * @param initiatedAt when the call was placed ({@code initiation_time}, {@code session_start})
   * @param answeredAt when it was answered ({@code answer_time}), or null while ringing
   * @param duration a fixed {@code call_duration}, or null to count from the answer time
   * @param stirVerification the STIR/SHAKEN verification result
   * @param stirAttestation the STIR/SHAKEN attestation level
   * @param sourceIp the source IP of the legacy shape
   * @param parentCallUuid the parent call's UUID, or null
   * @param conferenceUuid the conference's UUID, or null
   */
  public record Call(
      String callUuid,
      String requestUuid,
      String direction,
      String from,
      String to,
      @Nullable String callerName,
      String callState,
      @Nullable String callStatus,
      Instant initiatedAt,
      @Nullable Instant answeredAt,
      @Nullable Duration duration,
      String stirVerification,
      String stirAttestation,
      String sourceIp,
      @Nullable String parentCallUuid,
      @Nullable String conferenceUuid) {

    /** The state of a queued call, which the fake serves under {@code ?status=queued} only. */
    public static final String QUEUED = "QUEUED";

    /** Checks the components. */
    public Call {
      Values.requireText("callUuid", callUuid);
      Objects.requireNonNull(requestUuid, "requestUuid");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Values.requireText("callState", callState);
      Objects.requireNonNull(initiatedAt, "initiatedAt");
      Objects.requireNonNull(stirVerification, "stirVerification");
      Objects.requireNonNull(stirAttestation, "stirAttestation");
      Objects.requireNonNull(sourceIp, "sourceIp");
      if (duration != null && duration.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative: " + duration);
      }
    }

    /**
     * Returns whether the call is queued (its state is {@value #QUEUED}, in any case) rather than
     * live.
     *
     * @return true for a queued call
     */
    public boolean queued() {
      return callState.equalsIgnoreCase(QUEUED);
    }

    /**
     * Returns the {@code call_status} the current shape sends: {@link #callStatus()} if set,
     * else {@code ringing} for {@code RINGING} and {@code EARLY}, {@code in-progress} for
     * {@code ACTIVE} and {@code HELD}, and any other state in lowercase.
     *
     * @return the status text
     */
    public String currentStatus() {
      if (callStatus != null) {
        return callStatus;
      }
      return switch (callState) {
        case "RINGING", "EARLY" -> "ringing";
        case "ACTIVE", "HELD" -> "in-progress";
        default -> callState.toLowerCase(Locale.ROOT);
      };
    }

    /**
     * Returns the {@code call_duration} at an instant: the fixed one if set, else whole seconds
     * since the answer, or zero while unanswered.
     *
     * @param now the instant
     * @return the duration
     */
    public Duration durationAt(Instant now) {
      if (duration != null) {
        return duration;
      }
      return answeredAt == null ? Duration.ZERO : Values.wholeSecondsBetween(answeredAt, now);
    }
  }

  /**
   * The fields of a call being added or changed. Setters return this spec. Defaults for a new
   * call: a random UUID (also its {@code request_uuid}), {@code outbound} from and to random
   * {@code +1...555....} numbers, caller name {@code Jordan Lee}, state {@code ACTIVE}, placed
   * and answered now, duration from the clock, STIR {@code verified}/{@code A}, source IP {@code
   * 203.0.113.10}, no parent or conference.
   */
  public static final class CallSpec {
    private final boolean existing;
    private @Nullable String callUuid;
    private @Nullable String requestUuid;
    private String direction = "outbound";
    private @Nullable String from;
    private @Nullable String to;
    private @Nullable String callerName = "Jordan Lee";
    private String callState = "ACTIVE";
    private @Nullable String callStatus;
    private @Nullable Instant initiatedAt;
    private @Nullable Instant answeredAt;
    private @Nullable Duration duration;
    private String stirVerification = "verified";
    private String stirAttestation = "A";
    private String sourceIp = "203.0.113.10";
    private @Nullable String parentCallUuid;
    private @Nullable String conferenceUuid;

    private CallSpec(@Nullable Call call) {
      existing = call != null;
      if (call != null) {
        callUuid = call.callUuid();
        requestUuid = call.requestUuid();
        direction = call.direction();
        from = call.from();
        to = call.to();
        callerName = call.callerName();
        callState = call.callState();
        callStatus = call.callStatus();
        initiatedAt = call.initiatedAt();
        answeredAt = call.answeredAt();
        duration = call.duration();
        stirVerification = call.stirVerification();
        stirAttestation = call.stirAttestation();
        sourceIp = call.sourceIp();
        parentCallUuid = call.parentCallUuid();
        conferenceUuid = call.conferenceUuid();
      }
    }

    /**
     * Sets the call UUID.
     *
     * @param value the UUID text
     * @return this spec
     */
    public CallSpec callUuid(String value) {
      this.callUuid = Objects.requireNonNull(value, "callUuid");
      return this;
    }

    /**
     * Sets the {@code request_uuid} of the current shape (default: the call UUID).
     *
     * @param value the UUID text
     * @return this spec
     */
    public CallSpec requestUuid(String value) {
      this.requestUuid = Objects.requireNonNull(value, "requestUuid");
      return this;
    }

    /**
     * Sets the direction.
     *
     * @param value {@code outbound} or {@code inbound}
     * @return this spec
     */
    public CallSpec direction(String value) {
      this.direction = Objects.requireNonNull(value, "direction");
      return this;
    }

    /**
     * Sets the calling number.
     *
     * @param value the number, e.g. {@code +14156667777}
     * @return this spec
     */
    public CallSpec from(String value) {
      this.from = Objects.requireNonNull(value, "from");
      return this;
    }

    /**
     * Sets the called number.
     *
     * @param value the number, e.g. {@code +14156667778}
     * @return this spec
     */
    public CallSpec to(String value) {
      this.to = Objects.requireNonNull(value, "to");
      return this;
    }

    /**
     * Sets the caller name of the current shape.
     *
     * @param value the name, or null to send JSON null
     * @return this spec
     */
    public CallSpec callerName(@Nullable String value) {
      this.callerName = value;
      return this;
    }

    /**
     * Sets the state: {@code RINGING}, {@code EARLY}, {@code ACTIVE} or {@code HELD} (other
     * text is sent as is, to test unknown values). The current shape's {@code call_status}
     * follows it unless set with {@link #callStatus(String)}.
     *
     * @param value the legacy {@code call_state}
     * @return this spec
     */
    public CallSpec callState(String value) {
      this.callState = Objects.requireNonNull(value, "callState");
      return this;
    }

    /**
     * Overrides the current shape's {@code call_status}, e.g. with a value a client does not
     * know yet.
     *
     * @param value the status text, or null to derive it from the state again
     * @return this spec
     */
    public CallSpec callStatus(@Nullable String value) {
      this.callStatus = value;
      return this;
    }

    /**
     * Sets when the call was placed (default: now on the fake's clock).
     *
     * @param value the instant
     * @return this spec
     */
    public CallSpec initiatedAt(Instant value) {
      this.initiatedAt = Objects.requireNonNull(value, "initiatedAt");
      return this;
    }

    /**
     * Sets when the call was answered. Left unset, a new call in state {@code ACTIVE} or {@code
     * HELD} is answered when placed, and a call moved to those states is answered now.
     *
     * @param value the instant, or null for not answered
     * @return this spec
     */
    public CallSpec answeredAt(@Nullable Instant value) {
      this.answeredAt = value;
      return this;
    }

    /**
     * Fixes the reported {@code call_duration}, or lets it follow the clock again.
     *
     * @param value the duration (sent in whole seconds), or null to count from the answer
     * @return this spec
     */
    public CallSpec duration(@Nullable Duration value) {
      this.duration = value;
      return this;
    }

    /**
     * Sets the STIR/SHAKEN verification result.
     *
     * @param value e.g. {@code verified}
     * @return this spec
     */
    public CallSpec stirVerification(String value) {
      this.stirVerification = Objects.requireNonNull(value, "stirVerification");
      return this;
    }

    /**
     * Sets the STIR/SHAKEN attestation level.
     *
     * @param value {@code A}, {@code B} or {@code C}
     * @return this spec
     */
    public CallSpec stirAttestation(String value) {
      this.stirAttestation = Objects.requireNonNull(value, "stirAttestation");
      return this;
    }

    /**
     * Sets the source IP of the legacy shape.
     *
     * @param value the IP text
     * @return this spec
     */
    public CallSpec sourceIp(String value) {
      this.sourceIp = Objects.requireNonNull(value, "sourceIp");
      return this;
    }

    /**
     * Sets the parent call's UUID.
     *
     * @param value the UUID, or null
     * @return this spec
     */
    public CallSpec parentCallUuid(@Nullable String value) {
      this.parentCallUuid = value;
      return this;
    }

    /**
     * Sets the conference's UUID.
     *
     * @param value the UUID, or null
     * @return this spec
     */
    public CallSpec conferenceUuid(@Nullable String value) {
      this.conferenceUuid = value;
      return this;
    }

    private Call build(Instant now, SeededRandom random) {
      String uuid = callUuid != null ? callUuid : random.uuid();
      Instant placed = initiatedAt != null ? initiatedAt : now;
      Instant answered = answeredAt;
      if (answered == null && (callState.equals("ACTIVE") || callState.equals("HELD"))) {
        answered = existing ? now : placed;
      }
      return new Call(uuid, requestUuid != null ? requestUuid : uuid, direction,
          from != null ? from : random.phone(), to != null ? to : random.phone(), callerName,
          callState, callStatus, placed, answered, duration, stirVerification, stirAttestation,
          sourceIp, parentCallUuid, conferenceUuid);
    }
  }

  private final class Routes implements VendorRoutes {
    @Override
    public boolean authenticated(Exchange exchange) {
      return authId.equals(exchange.header("X-Auth-ID"))
          && authToken.equals(exchange.header("X-Auth-Token"));
    }

    @Override
    public Reply route(Exchange exchange) {
      List<String> segments = exchange.segments();
      boolean callPath = segments.size() == 5 || segments.size() == 6;
      if (!callPath || !exchange.segmentsMatch(0, "api", "v1")
          || !segments.get(2).equalsIgnoreCase("Account")
          || !segments.get(4).equalsIgnoreCase("Call")) {
        return error(404, null, null, exchange);
      }
      if (!segments.get(2).equals("Account") || !segments.get(4).equals("Call")) {
        return error(401, "Authentication failed: use /Account/{auth_id}/Call/ (PascalCase)",
            null, exchange);
      }
      if (!Exchange.decode(segments.get(3), true).equals(authId)) {
        return error(403, "auth_id in the path does not belong to these credentials", null,
            exchange);
      }
      String callUuid = segments.size() == 6 ? Exchange.decode(segments.get(5), true) : null;
      return switch (exchange.method()) {
        case "GET" -> read(callUuid, exchange);
        case "DELETE" -> hangup(callUuid, exchange);
        case "POST" -> callUuid == null ? error(405, null, null, exchange) : transfer(callUuid, exchange);
        default -> error(405, null, null, exchange);
      };
    }

    private Reply read(@Nullable String callUuid, Exchange exchange) {
      String status = exchange.queryParameter("status");
      boolean live = "live".equals(status);
      boolean queued = "queued".equals(status);
      if (callUuid == null) {
        return live || queued ? list(queued) : emptyCdrPage();
      }
      Optional<Call> call = live || queued ? call(callUuid).filter(c -> c.queued() == queued) : Optional.empty();
      return call.map(c -> queued ? current(c) : liveCall(c)).orElseGet(() -> error(404, null, null, exchange));
    }

    /** A hang-up; without a UUID, of every call on the account, as the real API does. */
    private Reply hangup(@Nullable String callUuid, Exchange exchange) {
      if (callUuid == null) {
        endAllCalls();
        return new Reply(204, Headers.of(), "");
      }
      return endCall(callUuid) ? new Reply(204, Headers.of(), "") : error(404, null, null, exchange);
    }

    private Reply transfer(String callUuid, Exchange exchange) {
      Map<?, ?> body = Json.readObject(exchange.body());
      if (body == null) {
        return error(400, "the request body must be a JSON object", null, exchange);
      }
      Object legs = body.get("legs") == null ? "aleg" : body.get("legs");
      if (!"aleg".equals(legs) && !"bleg".equals(legs) && !"both".equals(legs)) {
        return error(400, "legs must be aleg, bleg or both", null, exchange);
      }
      for (String leg : List.of("aleg", "bleg")) {
        if (!legs.equals(leg) && !legs.equals("both")) {
          continue;
        }
        Object url = body.get(leg + "_url");
        if (!(url instanceof String text) || HttpUrl.parse(text) == null) {
          return error(400, leg + "_url is required and must be an absolute http or https URL", null, exchange);
        }
        Object method = body.get(leg + "_method");
        if (method != null && !"GET".equals(method) && !"POST".equals(method)) {
          return error(400, leg + "_method must be GET or POST", null, exchange);
        }
      }
      if (call(callUuid).filter(c -> !c.queued()).isEmpty()) {
        return error(404, null, null, exchange);
      }
      return Reply.json(202, Json.object(
          "api_id", random().uuid(), "message", "call transferred", "call_uuid", callUuid));
    }

    @Override
    public Reply error(int status, @Nullable String message, @Nullable Long retryAfterSeconds,
        Exchange exchange) {
      if (status == 404) {
        return Reply.json(404, Json.object("api_id", random().uuid(), "error", "not found"));
      }
      String text = message != null ? message : switch (status) {
        case 401 -> "Invalid X-Auth-ID or X-Auth-Token";
        case 429 -> "Rate limit exceeded, retry later";
        default -> HttpStatus.reason(status);
      };
      String code = status == 429 ? "RATE_LIMIT_EXCEEDED" : HttpStatus.code(status);
      Map<String, @Nullable Object> details = retryAfterSeconds == null
          ? Json.object() : Json.object("retryAfter", retryAfterSeconds);
      return Reply.json(status, Json.object(
          "status", "error",
          "error", Json.object("code", code, "message", text, "details", details),
          "timestamp", FakeTrillet.ISO_MILLIS.format(now()),
          "requestId", exchange.requestId()));
    }

    /** The live calls, or the first 20 queued ones (Vobiz does not page them). */
    private Reply list(boolean queued) {
      List<Object> uuids = new ArrayList<>();
      for (Call call : calls()) {
        if (call.queued() == queued && (!queued || uuids.size() < 20)) {
          uuids.add(call.callUuid());
        }
      }
      return Reply.json(200, Json.object("api_id", random().uuid(), "calls", uuids));
    }

    private Reply emptyCdrPage() {
      return Reply.json(200, Json.object(
          "api_id", random().uuid(),
          "meta", Json.object("limit", 20, "next", null, "offset", 0, "previous", null,
              "total_count", 0),
          "objects", List.of()));
    }

    private Reply liveCall(Call call) {
      if (shape == Shape.CURRENT) {
        return current(call);
      }
      return legacy(call);
    }

    /** The current flat shape, also the only one of a queued call. */
    private Reply current(Call call) {
      return Reply.json(200, Json.object(
            "api_id", random().uuid(),
            "call_status", call.currentStatus(),
            "call_uuid", call.callUuid(),
            "caller_name", call.callerName(),
            "direction", call.direction(),
            "from", call.from(),
            "to", call.to(),
            "request_uuid", call.requestUuid(),
            "session_start", timestamps.format(call.initiatedAt()),
            "stir_attestation", call.stirAttestation(),
            "stir_verification", call.stirVerification()));
    }

    private Reply legacy(Call call) {
      Instant now = now();
      Instant answered = call.answeredAt();
      Map<String, @Nullable Object> legacy = Json.object(
          "answer_time", answered == null ? null : timestamps.format(answered),
          "bill_duration", null,
          "billed_duration", null,
          "call_direction", call.direction(),
          "call_duration", call.durationAt(now).getSeconds(),
          "call_state", call.callState(),
          "call_uuid", call.callUuid(),
          "conference_uuid", call.conferenceUuid(),
          "end_time", null,
          "from_number", call.from(),
          "initiation_time", timestamps.format(call.initiatedAt()),
          "parent_call_uuid", call.parentCallUuid(),
          "hangup_cause_code", null,
          "hangup_cause_name", null,
          "hangup_source", null,
          "resource_uri", "/v1/Account/" + authId + "/Call/" + call.callUuid() + "/",
          "to_number", call.to(),
          "total_amount", null,
          "total_rate", null,
          "stir_verification", call.stirVerification(),
          "stir_attestation", call.stirAttestation(),
          "source_ip", call.sourceIp());
      return Reply.json(200, Json.object("api_id", random().uuid(), "calls", List.of(legacy)));
    }
  }
}
