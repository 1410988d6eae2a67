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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fake Trillet API on loopback: {@code GET /v2/api/active-calls}, {@code GET
 * /v2/api/active-calls/{roomName}}, {@code POST /v2/api/active-calls/{roomName}/end-call} and
 * {@code GET /v2/api/active-calls/{roomName}/insights}, answering with Trillet's JSON from calls
 * the test adds.
 *
 * <pre>{@code
 * try (FakeTrillet trillet = FakeTrillet.start()) {
 *   trillet.addCall(c -> c.roomName("call-abc123").customerPhone("+14155551234")
 *       .sentiment("positive").customerSays("I need help with my account."));
 *   TrilletClient client = TrilletClient.builder().baseUrl(trillet.baseUrl())
 *       .apiKey(trillet.apiKey()).workspaceId(trillet.workspaceId()).build();
 *   // ... exercise your code ...
 *   trillet.updateCall("call-abc123", c -> c.sentiment("negative").transferRequested(true));
 *   trillet.endCall("call-abc123");   // now 404 and gone from the list
 * }
 * }</pre>
 *
 * <p>Requests need {@code x-api-key} and {@code x-workspace-id} headers equal to {@link
 * #apiKey()} and {@link #workspaceId()}; otherwise the answer is 401. Errors have the shape
 * {@code {"statusCode":404,"message":"Active call not found","error":"Not Found"}}. The room
 * name is percent-decoded from one path segment; a raw {@code +} reads as a space, so clients
 * must send it as {@code %2B}. A call's {@code duration} counts whole seconds from its start on
 * the fake's {@link #clock()} unless set explicitly. Calls are keyed by room name: {@link
 * #updateCall}, {@link #endCall} and {@link #call} take it.
 *
 * <p>{@code end-call} ends a live call as {@link #endCall} does and answers {@code {"success":
 * true, "message": "Call ended successfully", "roomName", "endTime"}} with the end time from the
 * fake's clock; a call that is not live is a 404. {@code insights} answers, for a live call, a
 * deterministic analysis: {@code sentiment} is the call's, {@code topics} are the call's type and
 * agent name (plus {@code transfer} when one was requested), {@code summary} says who talks to
 * whom and the last message, and {@code suggestions} hold one step that follows from the call
 * (transfer when requested, de-escalate when the sentiment is {@code negative}, else continue).
 */
public final class FakeTrillet extends FakeServer<FakeTrillet.Call, FakeTrillet.CallSpec> {
  /** The API key a fake accepts unless the builder sets another. */
  public static final String DEFAULT_API_KEY = "trillet-test-api-key";
  /** The workspace id a fake accepts unless the builder sets another. */
  public static final String DEFAULT_WORKSPACE_ID = "trillet-test-workspace";

  static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final String GREETING = "Hello! How can I help you today?";
  private static final long SEED = 0x7121_1e7L;
  private static final List<String> SCENARIO_AGENTS = List.of("Customer Support Agent",
      "Billing Assistant", "Appointment Scheduler", "Sales Qualifier");

  private final String apiKey;
  private final String workspaceId;

  private FakeTrillet(Builder builder) {
    super(builder.clock, SEED, Call::roomName, CallSpec::new, CallSpec::build);
    this.apiKey = builder.apiKey;
    this.workspaceId = builder.workspaceId;
    serve(new Routes());
  }

  /**
   * Starts a fake that accepts {@link #DEFAULT_API_KEY} and {@link #DEFAULT_WORKSPACE_ID}.
   *
   * @return the running fake; close it when done
   * @throws java.io.UncheckedIOException if no loopback port can be bound
   */
  public static FakeTrillet start() {
    return builder().start();
  }

  /**
   * Starts a fake that accepts the given credentials.
   *
   * @param apiKey the {@code x-api-key} to accept
   * @param workspaceId the {@code x-workspace-id} to accept
   * @return the running fake; close it when done
   * @throws java.io.UncheckedIOException if no loopback port can be bound
   */
  public static FakeTrillet start(String apiKey, String workspaceId) {
    return builder().apiKey(apiKey).workspaceId(workspaceId).start();
  }

  /**
   * Returns a builder for a fake with other credentials or a clock.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the {@code x-api-key} this fake accepts.
   *
   * @return the API key
   */
  public String apiKey() {
    return apiKey;
  }

  /**
   * Returns the {@code x-workspace-id} this fake accepts.
   *
   * @return the workspace id
   */
  public String workspaceId() {
    return workspaceId;
  }

  /**
   * Returns {@link Vendor#TRILLET}.
   *
   * @return the vendor
   */
  @Override
  public Vendor vendor() {
    return Vendor.TRILLET;
  }

  // An AI agent picks up at once, and the room's transcript grows as the call goes on.
  @Override
  boolean rings() {
    return false;
  }

  @Override
  boolean talks() {
    return true;
  }

  @Override
  ScenarioCall place(CallScenario.Plan plan) {
    String id = plan.random().hex(24);
    // The room name carries the phone, as Trillet's own phone rooms do.
    String room = "call-_" + plan.phone() + "_" + plan.random().alphanumeric(6);
    String agent = plan.random().pick(SCENARIO_AGENTS);
    addCall(c -> c.id(id).roomName(room).customerPhone(plan.phone())
        .customerName(plan.customer()).aiAgentName(agent).startedAt(plan.arrivedAt()));
    return plan.call(vendor(), id, room, null);
  }

  @Override
  String keyOf(ScenarioCall call) {
    return Objects.requireNonNull(call.roomName(), "roomName");
  }

  @Override
  void say(CallSpec spec, String role, String line, @Nullable String sentiment) {
    spec.say(role, line);
    if (sentiment != null) {
      spec.sentiment(sentiment);
    }
  }

  /** Builds a {@link FakeTrillet} with other credentials or a clock. */
  public static final class Builder {
    private String apiKey = DEFAULT_API_KEY;
    private String workspaceId = DEFAULT_WORKSPACE_ID;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the {@code x-api-key} to accept.
     *
     * @param value the key, not blank
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder apiKey(String value) {
      this.apiKey = Values.requireText("apiKey", value);
      return this;
    }

    /**
     * Sets the {@code x-workspace-id} to accept.
     *
     * @param value the workspace id, not blank
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder workspaceId(String value) {
      this.workspaceId = Values.requireText("workspaceId", value);
      return this;
    }

    /**
     * Sets the clock that call durations and the list's {@code timestamp} are read from.
     *
     * @param value the clock, e.g. a {@link SimulatedClock}; {@link Clock#systemUTC()} by default
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Starts the fake.
     *
     * @return the running fake; close it when done
     * @throws java.io.UncheckedIOException if no loopback port can be bound
     */
    public FakeTrillet start() {
      return new FakeTrillet(this);
    }
  }

  /**
   * A live Trillet call as the fake stores it.
   *
   * @param id the 24-hex-digit call id
   * @param roomName the LiveKit room name, the key of the detail endpoint
   * @param customerPhone the customer's phone, or null (sent as JSON null)
   * @param customerName the customer's name, or null (sent as JSON null)
   * @param aiAgentName the AI agent's name
   * @param startedAt when the call started; the derived duration counts from here
   * @param duration a fixed duration to report, or null to derive it from the clock
   * @param sentiment the detected sentiment, e.g. {@code positive}, {@code neutral}, {@code
   *     negative}
   * @param lastMessage the most recent message
   * @param transferRequested whether a transfer to a human was requested
   * @param type {@code phone} or {@code web}
   * @param participants the participants
   * @param transcript the transcript, oldest line first
   */
  public record Call(
      String id,
      String roomName,
      @Nullable String customerPhone,
      @Nullable String customerName,
      String aiAgentName,
      Instant startedAt,
      @Nullable Duration duration,
      String sentiment,
      String lastMessage,
      boolean transferRequested,
      String type,
      List<Participant> participants,
      List<TranscriptLine> transcript) {

    /** Checks the components and copies the lists. */
    public Call {
      Values.requireText("id", id);
      Values.requireText("roomName", roomName);
      Objects.requireNonNull(aiAgentName, "aiAgentName");
      Objects.requireNonNull(startedAt, "startedAt");
      Objects.requireNonNull(sentiment, "sentiment");
      Objects.requireNonNull(lastMessage, "lastMessage");
      Objects.requireNonNull(type, "type");
      if (duration != null && duration.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative: " + duration);
      }
      participants = List.copyOf(participants);
      transcript = List.copyOf(transcript);
    }

    /**
     * Returns the duration the API reports at an instant: the fixed one if set, otherwise the
     * whole seconds since {@link #startedAt()} (never negative).
     *
     * @param now the instant
     * @return the duration in whole seconds
     */
    public Duration durationAt(Instant now) {
      return duration != null ? duration : Values.wholeSecondsBetween(startedAt, now);
    }
  }

  /**
   * A participant of a call.
   *
   * @param identity the LiveKit identity, e.g. {@code agent-001}
   * @param isAgent whether it is the AI agent
   * @param joinedAt when it joined
   * @param metadata the metadata object the detail endpoint shows (JSON-able values)
   */
  public record Participant(String identity, boolean isAgent, Instant joinedAt,
      Map<String, Object> metadata) {

    /** Checks the components and copies the metadata, keeping its order. */
    public Participant {
      Objects.requireNonNull(identity, "identity");
      Objects.requireNonNull(joinedAt, "joinedAt");
      metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
  }

  /**
   * One line of a live transcript.
   *
   * @param role {@code agent} or {@code customer}
   * @param content what was said
   */
  public record TranscriptLine(String role, String content) {

    /** Checks the components. */
    public TranscriptLine {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * The fields of a call being added or changed. Setters return this spec. Defaults for a new
   * call: a random 24-hex id, room {@code call-<6 letters/digits>}, a random {@code +1...555....}
   * phone, customer {@code Jordan Lee}, agent {@code Customer Support Agent}, started now,
   * duration from the clock, sentiment {@code neutral}, no transfer, type {@code phone}, an
   * agent and a customer participant, and a transcript with the agent's greeting.
   */
  public static final class CallSpec {
    private @Nullable String id;
    private @Nullable String roomName;
    private @Nullable String customerPhone;
    private boolean customerPhoneSet;
    private @Nullable String customerName = "Jordan Lee";
    private String aiAgentName = "Customer Support Agent";
    private @Nullable Instant startedAt;
    private @Nullable Duration duration;
    private String sentiment = "neutral";
    private @Nullable String lastMessage;
    private boolean transferRequested;
    private String type = "phone";
    private @Nullable List<Participant> participants;
    private final List<TranscriptLine> transcript = new ArrayList<>();

    private CallSpec(@Nullable Call call) {
      if (call == null) {
        transcript.add(new TranscriptLine("agent", GREETING));
        return;
      }
      id = call.id();
      roomName = call.roomName();
      customerPhone = call.customerPhone();
      customerPhoneSet = true;
      customerName = call.customerName();
      aiAgentName = call.aiAgentName();
      startedAt = call.startedAt();
      duration = call.duration();
      sentiment = call.sentiment();
      lastMessage = call.lastMessage();
      transferRequested = call.transferRequested();
      type = call.type();
      participants = new ArrayList<>(call.participants());
      transcript.addAll(call.transcript());
    }

    /**
     * Sets the call id (24 hex digits in the real API; any text is accepted).
     *
     * @param value the id
     * @return this spec
     */
    public CallSpec id(String value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

    /**
     * Sets the room name, the key the detail endpoint is called with. Any characters are
     * allowed, e.g. {@code call-_+14155551234_AbC123}.
     *
     * @param value the room name, not blank
     * @return this spec
     */
    public CallSpec roomName(String value) {
      this.roomName = Objects.requireNonNull(value, "roomName");
      return this;
    }

    /**
     * Sets the customer's phone.
     *
     * @param value the phone, or null to send JSON null
     * @return this spec
     */
    public CallSpec customerPhone(@Nullable String value) {
      this.customerPhone = value;
      this.customerPhoneSet = true;
      return this;
    }

    /**
     * Sets the customer's name.
     *
     * @param value the name, or null to send JSON null
     * @return this spec
     */
    public CallSpec customerName(@Nullable String value) {
      this.customerName = value;
      return this;
    }

    /**
     * Sets the AI agent's name.
     *
     * @param value the name
     * @return this spec
     */
    public CallSpec aiAgentName(String value) {
      this.aiAgentName = Objects.requireNonNull(value, "aiAgentName");
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
     * Fixes the reported duration, or lets it follow the clock again.
     *
     * @param value the duration (sent in whole seconds), or null to derive it from the clock
     * @return this spec
     */
    public CallSpec duration(@Nullable Duration value) {
      this.duration = value;
      return this;
    }

    /**
     * Sets the sentiment (open set; Trillet shows {@code positive}, {@code neutral}, {@code
     * negative}).
     *
     * @param value the sentiment
     * @return this spec
     */
    public CallSpec sentiment(String value) {
      this.sentiment = Objects.requireNonNull(value, "sentiment");
      return this;
    }

    /**
     * Sets the {@code lastMessage} shown in the list. By default it follows the transcript's
     * last line.
     *
     * @param value the message
     * @return this spec
     */
    public CallSpec lastMessage(String value) {
      this.lastMessage = Objects.requireNonNull(value, "lastMessage");
      return this;
    }

    /**
     * Sets whether a transfer to a human agent was requested.
     *
     * @param value the flag
     * @return this spec
     */
    public CallSpec transferRequested(boolean value) {
      this.transferRequested = value;
      return this;
    }

    /**
     * Sets the call type ({@code phone} or {@code web}; other text is sent as is).
     *
     * @param value the type
     * @return this spec
     */
    public CallSpec type(String value) {
      this.type = Objects.requireNonNull(value, "type");
      return this;
    }

    /**
     * Replaces the participants.
     *
     * @param value the participants
     * @return this spec
     */
    public CallSpec participants(List<Participant> value) {
      this.participants = new ArrayList<>(value);
      return this;
    }

    /**
     * Appends a participant with an empty metadata object. On a new call the default agent and
     * customer are only used when no participant is given, so the first call replaces them.
     *
     * @param identity the LiveKit identity
     * @param isAgent whether it is an agent
     * @param joinedAt when it joined
     * @return this spec
     */
    public CallSpec addParticipant(String identity, boolean isAgent, Instant joinedAt) {
      if (participants == null) {
        participants = new ArrayList<>();
      }
      participants.add(new Participant(identity, isAgent, joinedAt, Map.of()));
      return this;
    }

    /**
     * Replaces the transcript; {@code lastMessage} follows its last line.
     *
     * @param lines the lines, oldest first
     * @return this spec
     */
    public CallSpec transcript(List<TranscriptLine> lines) {
      transcript.clear();
      transcript.addAll(lines);
      lastMessage = lines.isEmpty() ? null : lines.get(lines.size() - 1).content();
      return this;
    }

    /**
     * Appends a transcript line; {@code lastMessage} becomes its content.
     *
     * @param role {@code agent} or {@code customer}
     * @param content what was said
     * @return this spec
     */
    public CallSpec say(String role, String content) {
      transcript.add(new TranscriptLine(role, content));
      lastMessage = content;
      return this;
    }

    /**
     * Appends a line the agent says.
     *
     * @param content what was said
     * @return this spec
     */
    public CallSpec agentSays(String content) {
      return say("agent", content);
    }

    /**
     * Appends a line the customer says.
     *
     * @param content what was said
     * @return this spec
     */
    public CallSpec customerSays(String content) {
      return say("customer", content);
    }

    private Call build(Instant now, SeededRandom random) {
      Instant start = startedAt != null ? startedAt : now;
      List<Participant> people = participants != null ? participants : List.of(
          new Participant("agent-001", true, start, Map.of()),
          new Participant("customer-001", false, start.plusSeconds(1), Map.of()));
      String last = lastMessage != null ? lastMessage
          : transcript.isEmpty() ? "" : transcript.get(transcript.size() - 1).content();
      return new Call(
          id != null ? id : random.hex(24),
          roomName != null ? roomName : "call-" + random.alphanumeric(6),
          customerPhoneSet ? customerPhone : random.phone(),
          customerName, aiAgentName, start, duration, sentiment, last, transferRequested, type,
          people, transcript);
    }
  }

  private final class Routes implements VendorRoutes {
    @Override
    public boolean authenticated(Exchange exchange) {
      return apiKey.equals(exchange.header("x-api-key"))
          && workspaceId.equals(exchange.header("x-workspace-id"));
    }

    @Override
    public Reply route(Exchange exchange) {
      List<String> segments = exchange.segments();
      String action = segments.size() == 5 ? segments.get(4) : "";
      boolean known = segments.size() <= 4 || action.equals("end-call") || action.equals("insights");
      if (!exchange.segmentsMatch(0, "v2", "api", "active-calls") || segments.size() > 5 || !known) {
        return error(404, "Cannot " + exchange.method() + " " + exchange.path(), null, exchange);
      }
      String method = action.equals("end-call") ? "POST" : "GET";
      if (!exchange.method().equals(method)) {
        return error(405, "Cannot " + exchange.method() + " " + exchange.path(), null, exchange);
      }
      Instant now = now();
      if (action.equals("end-call")) {
        String roomName = Exchange.decode(segments.get(3), true);
        return endCall(roomName)
            ? Reply.json(200, Json.object("success", true, "message", "Call ended successfully",
                "roomName", roomName, "endTime", ISO_MILLIS.format(now)))
            : error(404, "Active call not found", null, exchange);
      }
      if (segments.size() == 3) {
        List<Object> data = new ArrayList<>();
        for (Call call : calls()) {
          data.add(listItem(call, now));
        }
        return Reply.json(200, Json.object(
            "data", data, "count", data.size(), "timestamp", ISO_MILLIS.format(now)));
      }
      String roomName = Exchange.decode(segments.get(3), true);
      return call(roomName)
          .map(call -> Reply.json(200, action.isEmpty() ? details(call, now) : insights(call)))
          .orElseGet(() -> error(404, "Active call not found", null, exchange));
    }

    @Override
    public Reply error(int status, @Nullable String message, @Nullable Long retryAfterSeconds,
        Exchange exchange) {
      String text = message != null ? message : switch (status) {
        case 401 -> "Invalid API key or workspace ID";
        case 404 -> "Active call not found";
        case 429 -> "ThrottlerException: Too Many Requests";
        default -> HttpStatus.reason(status);
      };
      return Reply.json(status, Json.object(
          "statusCode", status, "message", text, "error", HttpStatus.reason(status)));
    }

    private Map<String, @Nullable Object> listItem(Call call, Instant now) {
      List<Object> people = new ArrayList<>();
      for (Participant p : call.participants()) {
        people.add(Json.object("identity", p.identity(), "isAgent", p.isAgent(),
            "joinedAt", ISO_MILLIS.format(p.joinedAt())));
      }
      return Json.object(
          "id", call.id(),
          "roomName", call.roomName(),
          "customerPhone", call.customerPhone(),
          "customerName", call.customerName(),
          "aiAgentName", call.aiAgentName(),
          "duration", call.durationAt(now).getSeconds(),
          "status", "active",
          "sentiment", call.sentiment(),
          "lastMessage", call.lastMessage(),
          "transferRequested", call.transferRequested(),
          "type", call.type(),
          "participants", people);
    }

    private Map<String, @Nullable Object> insights(Call call) {
      List<Object> topics = new ArrayList<>(List.of(call.type(), call.aiAgentName()));
      if (call.transferRequested()) {
        topics.add("transfer");
      }
      String who = call.customerName() != null ? call.customerName() : "The customer";
      String summary = who + " is talking to " + call.aiAgentName() + "; "
          + call.transcript().size() + " line(s) so far"
          + (call.lastMessage().isEmpty() ? "." : ", the last: " + call.lastMessage());
      String next = call.transferRequested() ? "Transfer the call to a human agent"
          : call.sentiment().equals("negative") ? "Acknowledge the frustration and offer a human agent"
          : "Continue the conversation";
      return Json.object("sentiment", call.sentiment(), "topics", topics, "summary", summary,
          "suggestions", List.of(next));
    }

    private Map<String, @Nullable Object> details(Call call, Instant now) {
      List<Object> lines = new ArrayList<>();
      for (TranscriptLine line : call.transcript()) {
        lines.add(Json.object("role", line.role(), "content", line.content()));
      }
      List<Object> people = new ArrayList<>();
      for (Participant p : call.participants()) {
        people.add(Json.object("identity", p.identity(), "isAgent", p.isAgent(),
            "metadata", p.metadata(), "joinedAt", ISO_MILLIS.format(p.joinedAt())));
      }
      return Json.object(
          "id", call.id(),
          "roomName", call.roomName(),
          "customerPhone", call.customerPhone(),
          "customerName", call.customerName(),
          "aiAgentName", call.aiAgentName(),
          "duration", call.durationAt(now).getSeconds(),
          "sentiment", call.sentiment(),
          "transcript", lines,
          "participants", people);
    }
  }
}
