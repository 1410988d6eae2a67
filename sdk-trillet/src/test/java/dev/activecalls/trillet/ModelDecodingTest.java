package dev.activecalls.trillet;

import static dev.activecalls.trillet.Fixtures.fixture;
import static dev.activecalls.trillet.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decoding of real and nasty Trillet bodies, through the whole client. */
class ModelDecodingTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private TrilletClient client;

  private TrilletClient client() {
    if (client == null) {
      client = Fixtures.client(server, sleeper);
    }
    return client;
  }

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private ActiveCallList list(String body) {
    server.enqueue(ok(body));
    return client().activeCalls().list();
  }

  private ActiveCallDetails details(String body) {
    server.enqueue(ok(body));
    return client().activeCalls().get("call-abc123");
  }

  private ResponseDecodingException listFails(String body) {
    server.enqueue(ok(body));
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> client().activeCalls().list());
    assertThat(thrown).isInstanceOf(ResponseDecodingException.class);
    return (ResponseDecodingException) thrown;
  }

  private ResponseDecodingException detailsFails(String body) {
    server.enqueue(ok(body));
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(() -> client().activeCalls().get("call-abc123"));
    assertThat(thrown).isInstanceOf(ResponseDecodingException.class);
    return (ResponseDecodingException) thrown;
  }

  @Test
  void listSeedExampleDecodesEveryField() {
    ActiveCallList calls = list(fixture("list-seed.json"));

    assertThat(calls.count()).isEqualTo(1);
    assertThat(calls.timestamp()).isEqualTo(Instant.parse("2024-06-01T10:02:25Z"));
    assertThat(calls.data()).hasSize(1);
    ActiveCall call = calls.data().get(0);
    assertThat(call.id()).isEqualTo("665a1b2c3d4e5f6a7b8c9d0e");
    assertThat(call.roomName()).isEqualTo("call-abc123");
    assertThat(call.customerPhone()).isEqualTo("+14155551234");
    assertThat(call.customerName()).isEqualTo("John Doe");
    assertThat(call.aiAgentName()).isEqualTo("Customer Support Agent");
    assertThat(call.duration()).isEqualTo(Duration.ofSeconds(145));
    assertThat(call.status().known()).contains(CallStatus.ACTIVE);
    assertThat(call.status().raw()).isEqualTo("active");
    assertThat(call.sentiment()).isNotNull();
    assertThat(call.sentiment().known()).contains(Sentiment.POSITIVE);
    assertThat(call.sentiment().raw()).isEqualTo("positive");
    assertThat(call.lastMessage()).isEqualTo("Sure, I can help you with that!");
    assertThat(call.transferRequested()).isFalse();
    assertThat(call.type().known()).contains(CallType.PHONE);
    assertThat(call.type().raw()).isEqualTo("phone");
    assertThat(call.participants()).containsExactly(
        new Participant("agent-001", true, Instant.parse("2024-06-01T10:00:00Z"), Map.of()),
        new Participant("customer-001", false, Instant.parse("2024-06-01T10:00:01Z"), Map.of()));
  }

  @Test
  void listIsIterableOverItsCalls() {
    ActiveCallList calls = list(fixture("list-nasty.json"));

    List<String> rooms = new ArrayList<>();
    for (ActiveCall call : calls) {
      rooms.add(call.roomName());
    }
    assertThat(rooms).containsExactly("web-genericAgent-call1234", "call-_+14155551234_AbC123");
    var iterator = calls.iterator();
    iterator.next();
    assertThatThrownBy(iterator::remove).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void detailsSeedExampleDecodesEveryField() {
    ActiveCallDetails call = details(fixture("details-seed.json"));

    assertThat(call.id()).isEqualTo("665a1b2c3d4e5f6a7b8c9d0e");
    assertThat(call.roomName()).isEqualTo("call-abc123");
    assertThat(call.customerPhone()).isEqualTo("+14155551234");
    assertThat(call.customerName()).isEqualTo("John Doe");
    assertThat(call.aiAgentName()).isEqualTo("Customer Support Agent");
    assertThat(call.duration()).isEqualTo(Duration.ofSeconds(145));
    assertThat(call.sentiment()).isEqualTo(OpenEnum.of(Sentiment.class, "positive"));
    assertThat(call.sentiment().is(Sentiment.POSITIVE)).isTrue();
    assertThat(call.transcript()).containsExactly(
        new TranscriptEntry(OpenEnum.of(TranscriptRole.class, "agent"), "Hello! How can I help you today?"),
        new TranscriptEntry(OpenEnum.of(TranscriptRole.class, "customer"), "I need help with my account."));
    assertThat(call.transcript().get(0).role().is(TranscriptRole.AGENT)).isTrue();
    assertThat(call.transcript().get(1).role().is(TranscriptRole.CUSTOMER)).isTrue();
    assertThat(call.participants()).containsExactly(
        new Participant("agent-001", true, Instant.parse("2024-06-01T10:00:00Z"), Map.of()));
  }

  @Test
  void unknownFieldsAndValuesAreKeptOrSkippedNeverFatal() {
    ActiveCallList calls = list(fixture("list-nasty.json"));

    // count is what Trillet said, even when it disagrees with the calls that came.
    assertThat(calls.count()).isEqualTo(5);
    assertThat(calls.data()).hasSize(2);
    assertThat(calls.timestamp()).isEqualTo(Instant.parse("2024-06-01T10:02:25.123456789Z"));

    ActiveCall web = calls.data().get(0);
    assertThat(web.id()).isEqualTo("665a1b2c3d4e5f6a7b8c9d0f");
    assertThat(web.roomName()).isEqualTo("web-genericAgent-call1234");
    assertThat(web.customerPhone()).as("a web call has no phone").isNull();
    assertThat(web.customerName()).isNull();
    assertThat(web.aiAgentName()).isEqualTo("Web Concierge");
    assertThat(web.duration()).isEqualTo(Duration.ofMillis(12_500));
    assertThat(web.status().is(CallStatus.ACTIVE)).isTrue();
    assertThat(web.status().raw()).isEqualTo("ACTIVE");
    assertThat(web.sentiment()).isNull();
    assertThat(web.lastMessage()).isNull();
    assertThat(web.transferRequested()).isTrue();
    assertThat(web.type().is(CallType.WEB)).isTrue();
    assertThat(web.participants()).containsExactly(
        new Participant("agent-7", true, Instant.parse("2024-06-01T10:00:00Z"), Map.of()));

    ActiveCall odd = calls.data().get(1);
    assertThat(odd.id()).isEqualTo("665a1b2c3d4e5f6a7b8c9d10");
    assertThat(odd.roomName()).isEqualTo("call-_+14155551234_AbC123");
    assertThat(odd.customerPhone()).isEqualTo("+14155551234");
    assertThat(odd.customerName()).isNull();
    assertThat(odd.aiAgentName()).isEqualTo("Sales Agent");
    assertThat(odd.duration()).isEqualTo(Duration.ZERO);
    assertThat(odd.status().isKnown()).isFalse();
    assertThat(odd.status().raw()).isEqualTo("on-hold");
    assertThat(odd.sentiment()).isNotNull();
    assertThat(odd.sentiment().isKnown()).isFalse();
    assertThat(odd.sentiment().raw()).isEqualTo("frustrated");
    assertThat(odd.sentiment().orElse(Sentiment.NEUTRAL)).isEqualTo(Sentiment.NEUTRAL);
    assertThat(odd.lastMessage()).isNull();
    assertThat(odd.transferRequested()).isFalse();
    assertThat(odd.type().isKnown()).isFalse();
    assertThat(odd.type().raw()).isEqualTo("sip");
    assertThat(odd.type().toString()).isEqualTo("\"sip\"");
    assertThat(odd.participants()).as("missing participants").isEmpty();
  }

  @Test
  void detailsWithUnknownRolesMetadataAndMissingOptionals() {
    ActiveCallDetails call = details(fixture("details-nasty.json"));

    assertThat(call.id()).isEqualTo("665a1b2c3d4e5f6a7b8c9d0e");
    assertThat(call.roomName()).isEqualTo("appel-été");
    assertThat(call.customerPhone()).isNull();
    assertThat(call.customerName()).isNull();
    assertThat(call.aiAgentName()).isEqualTo("Agent Été");
    assertThat(call.duration()).isEqualTo(Duration.ofHours(1));
    assertThat(call.sentiment()).isNull();

    assertThat(call.transcript()).hasSize(3);
    assertThat(call.transcript().get(0).role().is(TranscriptRole.AGENT)).isTrue();
    assertThat(call.transcript().get(0).content()).isEqualTo("Bonjour !");
    assertThat(call.transcript().get(1).role().isKnown()).isFalse();
    assertThat(call.transcript().get(1).role().raw()).isEqualTo("supervisor");
    assertThat(call.transcript().get(1).content()).isEqualTo("Whisper: offer the discount.");
    assertThat(call.transcript().get(2).role().is(TranscriptRole.CUSTOMER)).isTrue();
    assertThat(call.transcript().get(2).role().raw()).isEqualTo("CUSTOMER");
    assertThat(call.transcript().get(2).content()).isEmpty();

    assertThat(call.participants()).hasSize(3);
    Participant agent = call.participants().get(0);
    assertThat(agent.identity()).isEqualTo("agent-001");
    assertThat(agent.isAgent()).isTrue();
    assertThat(agent.joinedAt()).isEqualTo(Instant.parse("2024-06-01T10:00:00Z"));
    Map<String, Object> expected = new HashMap<>();
    expected.put("voice", "alloy");
    expected.put("speed", 1.25);
    expected.put("tags", java.util.Arrays.asList("vip", null));
    expected.put("extra", null);
    expected.put("nested", Map.of("on", true));
    assertThat(agent.metadata()).isEqualTo(expected);
    assertThat(agent.metadata()).containsKey("extra");

    Participant customer = call.participants().get(1);
    assertThat(customer.identity()).isEqualTo("customer-001");
    assertThat(customer.isAgent()).isFalse();
    assertThat(customer.joinedAt()).isEqualTo(Instant.parse("2024-06-01T10:00:01.500Z"));
    assertThat(customer.metadata()).as("LiveKit-style JSON text").isEqualTo(Map.of("source", "livekit", "attempt", 2.0));

    Participant observer = call.participants().get(2);
    assertThat(observer.identity()).isEqualTo("observer-9");
    assertThat(observer.metadata()).as("blank metadata string").isEmpty();
  }

  @Test
  void metadataIsDeeplyUnmodifiable() {
    ActiveCallDetails call = details(fixture("details-nasty.json"));
    Map<String, Object> metadata = call.participants().get(0).metadata();

    assertThatThrownBy(() -> metadata.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> nested = (Map<String, Object>) metadata.get("nested");
    assertThatThrownBy(() -> nested.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    List<Object> tags = (List<Object>) metadata.get("tags");
    assertThatThrownBy(() -> tags.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> call.transcript().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void missingListsAreEmptyAndOptionalsNull() {
    ActiveCallDetails call = details(fixture("details-minimal.json"));

    assertThat(call.transcript()).isEmpty();
    assertThat(call.participants()).isEmpty();
    assertThat(call.sentiment()).isNull();
    assertThat(call.customerName()).isNull();
    assertThat(call.duration()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void nullListsAndMissingDataAreEmpty() {
    ActiveCallList noData = list("{\"count\": 0, \"timestamp\": \"2024-06-01T10:02:25Z\"}");
    assertThat(noData.data()).isEmpty();
    assertThat(noData.count()).isZero();

    ActiveCallList nullData = list("{\"data\": null, \"count\": 0, \"timestamp\": \"2024-06-01T10:02:25Z\"}");
    assertThat(nullData.data()).isEmpty();

    ActiveCallDetails nullLists = details("{\"id\":\"i\",\"roomName\":\"r\",\"aiAgentName\":\"a\",\"duration\":2,"
        + "\"transcript\":null,\"participants\":null,\"participants2\":[1]}");
    assertThat(nullLists.transcript()).isEmpty();
    assertThat(nullLists.participants()).isEmpty();
  }

  @Test
  void countSmallerThanDataIsKeptAsSent() {
    String call = fixture("list-seed.json");
    String body = call.replace("\"count\": 1", "\"count\": 0");
    ActiveCallList calls = list(body);

    assertThat(calls.count()).isZero();
    assertThat(calls.data()).hasSize(1);
  }

  @Test
  void dataAsAnObjectFailsAtDollarData() {
    ResponseDecodingException e =
        listFails("{\"data\": {\"id\": \"x\"}, \"count\": 1, \"timestamp\": \"2024-06-01T10:02:25Z\"}");

    assertThat(e.jsonPath()).isEqualTo("$.data");
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.getMessage())
        .contains("GET /v2/api/active-calls", "Expected an array but was BEGIN_OBJECT at path $.data");
    assertThat(e.bodyExcerpt()).startsWith("{\"data\": {\"id\"");
  }

  @Test
  void durationAsAStringFailsAtItsPath() {
    String body = fixture("list-seed.json").replace("\"duration\": 145", "\"duration\": \"145\"");
    ResponseDecodingException e = listFails(body);

    assertThat(e.jsonPath()).isEqualTo("$.data[0].duration");
    assertThat(e.getMessage()).contains("number of seconds");
  }

  @Test
  void wrongValueInSecondCallReportsItsIndex() {
    String good = "{\"id\":\"a\",\"roomName\":\"r1\",\"aiAgentName\":\"x\",\"duration\":1,\"status\":\"active\","
        + "\"transferRequested\":false,\"type\":\"phone\"}";
    String bad = good.replace("\"r1\"", "\"r2\"").replace("\"duration\":1", "\"duration\":\"1\"");
    ResponseDecodingException e =
        listFails("{\"data\":[" + good + "," + bad + "],\"count\":2,\"timestamp\":\"2024-06-01T10:02:25Z\"}");

    assertThat(e.jsonPath()).isEqualTo("$.data[1].duration");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "required id missing            | {'data':[{'roomName':'r','aiAgentName':'a','duration':1,'status':'active','transferRequested':false,'type':'phone'}],'count':1,'timestamp':'2024-06-01T10:02:25Z'} | $.data[0].id",
      "required roomName null         | {'data':[{'id':'i','roomName':null,'aiAgentName':'a','duration':1,'status':'active','transferRequested':false,'type':'phone'}],'count':1,'timestamp':'2024-06-01T10:02:25Z'} | $.data[0].roomName",
      "transferRequested missing      | {'data':[{'id':'i','roomName':'r','aiAgentName':'a','duration':1,'status':'active','type':'phone'}],'count':1,'timestamp':'2024-06-01T10:02:25Z'} | $.data[0].transferRequested",
      "null call in data              | {'data':[null],'count':1,'timestamp':'2024-06-01T10:02:25Z'} | $.data[0]",
      "count missing                  | {'data':[],'timestamp':'2024-06-01T10:02:25Z'} | $.count",
      "timestamp null                 | {'data':[],'count':0,'timestamp':null} | $.timestamp",
      "timestamp not a time           | {'data':[],'count':0,'timestamp':'yesterday'} | $.timestamp",
      "timestamp blank                | {'data':[],'count':0,'timestamp':''} | $.timestamp",
      "count not an integer           | {'data':[],'count':1.5,'timestamp':'2024-06-01T10:02:25Z'} | $.count",
      "type is an object              | {'data':[{'id':'i','roomName':'r','aiAgentName':'a','duration':1,'status':'active','transferRequested':false,'type':{}}],'count':1,'timestamp':'2024-06-01T10:02:25Z'} | $.data[0].type",
      "negative duration              | {'data':[{'id':'i','roomName':'r','aiAgentName':'a','duration':-3,'status':'active','transferRequested':false,'type':'web'}],'count':1,'timestamp':'2024-06-01T10:02:25Z'} | $.data[0].duration",
      "participant isAgent missing    | {'data':[{'id':'i','roomName':'r','aiAgentName':'a','duration':1,'status':'active','transferRequested':false,'type':'web','participants':[{'identity':'p0','isAgent':true,'joinedAt':'2024-06-01T10:00:00Z'},{'identity':'p1','joinedAt':'2024-06-01T10:00:00Z'}]}],'count':1,'timestamp':'2024-06-01T10:02:25Z'} | $.data[0].participants[1].isAgent",
      "body is an array               | [] | $",
  })
  void listShapeErrorsReportTheirPath(String what, String body, String path) {
    ResponseDecodingException e = listFails(body.replace('\'', '"'));

    assertThat(e.jsonPath()).as(what).isEqualTo(path);
    assertThat(e.getMessage()).as(what).contains(path);
  }

  @Test
  void missingAndNullRequiredValuesSayWhich() {
    ResponseDecodingException missing = listFails(
        "{\"data\":[{\"roomName\":\"r\",\"aiAgentName\":\"a\",\"duration\":1,\"status\":\"active\","
            + "\"transferRequested\":false,\"type\":\"phone\"}],\"count\":1,\"timestamp\":\"2024-06-01T10:02:25Z\"}");
    assertThat(missing.getMessage()).contains("Required value 'id' is missing, null or empty at path $.data[0].id");

    ResponseDecodingException isNull = detailsFails(
        "{\"id\":\"i\",\"roomName\":\"r\",\"aiAgentName\":null,\"duration\":1}");
    assertThat(isNull.jsonPath()).isEqualTo("$.aiAgentName");
    assertThat(isNull.getMessage()).contains("Required value 'aiAgentName' is missing, null or empty");
  }

  // Valid fields of a listed call, a detailed call and a participant, for the bodies below.
  private static final String CALL = "'id':'i','roomName':'r','aiAgentName':'a','duration':1,"
      + "'status':'active','transferRequested':false,'type':'web'";
  private static final String DETAILS = "'id':'i','roomName':'r','aiAgentName':'a','duration':1";
  private static final String PARTICIPANT = "'identity':'p','isAgent':true,'joinedAt':'2024-06-01T10:00:00Z'";

  /** Expands CALL, DETAILS and PARTICIPANT in {@code template} and turns ' into ". */
  private static String body(String template) {
    return template.replace("CALL", CALL).replace("DETAILS", DETAILS).replace("PARTICIPANT", PARTICIPANT)
        .replace('\'', '"');
  }

  /** A list body with {@code calls} as its data (expanded as in {@link #body}). */
  private static String listOf(String calls) {
    return body("{'data':[" + calls + "],'count':1,'timestamp':'2024-06-01T10:02:25Z'}");
  }

  @Test
  void requiredValueMissingInANestedParticipantNamesItsOwnPath() {
    ResponseDecodingException e = listFails(listOf("{CALL,'participants':[{PARTICIPANT},"
        + "{'isAgent':false,'joinedAt':'2024-06-01T10:00:00Z','note':'x'}]}"));

    assertThat(e.jsonPath()).isEqualTo("$.data[0].participants[1].identity");
    assertThat(e.getMessage()).contains(
        "Required value 'identity' is missing, null or empty at path $.data[0].participants[1].identity");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "unknown dotted name last | {CALL,'id':null,'x.y.z':{'a.b':[1]}}     | $.data[0].id",
      "empty call object        | {}                                       | $.data[0].id",
      "several missing: first   | {'transferRequested':false,'duration':1} | $.data[0].id",
      "type null after the rest | {CALL,'type':null}                       | $.data[0].type",
      "status null              | {CALL,'status':null}                     | $.data[0].status",
      "call is a number         | {CALL},7                                 | $.data[1]",
      "null participant         | {CALL,'participants':[null]}             | $.data[0].participants[0]",
      "joinedAt blank           | {CALL,'participants':[{PARTICIPANT,'joinedAt':' '}]} "
          + "| $.data[0].participants[0].joinedAt",
  })
  void moreListShapeErrorsReportTheirPath(String what, String calls, String path) {
    ResponseDecodingException e = listFails(listOf(calls));

    assertThat(e.jsonPath()).as(what).isEqualTo(path);
    assertThat(e.getMessage()).as(what).contains(path);
  }

  @Test
  void listRootErrorsReportTheirPath() {
    assertThat(listFails(body("{'count':0,'x.y':1,'data':[]}")).getMessage())
        .contains("Required value 'timestamp' is missing, null or empty at path $.timestamp");
    assertThat(listFails(body("'calls'")).jsonPath()).isEqualTo("$");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "participant identity null | {DETAILS,'participants':[{PARTICIPANT},{PARTICIPANT,'identity':null}]} "
          + "| $.participants[1].identity",
      "null transcript entry     | {DETAILS,'transcript':[{'role':'agent','content':'hi'},null]} "
          + "| $.transcript[1]",
      "transcript entry a string | {DETAILS,'transcript':['hi']} | $.transcript[0]",
      "identity before metadata  | {DETAILS,'participants':[{PARTICIPANT,'metadata':7,'identity':null}]} "
          + "| $.participants[0].identity",
      "roomName null, lists after | {DETAILS,'roomName':null,'transcript':[],'participants':[]} | $.roomName",
  })
  void moreDetailsShapeErrorsReportTheirPath(String what, String template, String path) {
    ResponseDecodingException e = detailsFails(body(template));

    assertThat(e.jsonPath()).as(what).isEqualTo(path);
    assertThat(e.getMessage()).as(what).contains(path);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "7       | a number",
      "[1]     | an array",
      "true    | a boolean",
      "'[1,2]' | the string '[1,2]'",
      "'{}x'   | the string '{}x'",
      "'{a:1}' | the string '{a:1}'",
      "'null'  | the string 'null'",
  })
  void unusableMetadataSaysWhatCame(String metadata, String described) {
    ResponseDecodingException e =
        detailsFails(body("{DETAILS,'participants':[{PARTICIPANT,'metadata':" + metadata + "}]}"));

    assertThat(e.jsonPath()).isEqualTo("$.participants[0].metadata");
    assertThat(e.getMessage()).contains("Expected metadata to be a JSON object (or a string holding one)"
        + " but was " + described + " at path $.participants[0].metadata");
  }

  @Test
  void aKeyRepeatedInMetadataFails() {
    ResponseDecodingException e =
        detailsFails(body("{DETAILS,'participants':[{PARTICIPANT,'metadata':{'k':1,'k':2}}]}"));

    assertThat(e.getMessage()).contains("Map key 'k' has multiple values at path $.participants[0].metadata.k");
    assertThat(e.jsonPath()).isEqualTo("$.participants[0].metadata.k");
  }

  @Test
  void longUnusableMetadataTextIsShortened() {
    ResponseDecodingException e = detailsFails(
        body("{DETAILS,'participants':[{PARTICIPANT,'metadata':'" + "x".repeat(50) + "'}]}"));

    assertThat(e.getMessage()).contains("but was the string '" + "x".repeat(40) + "...' at path");
  }

  @Test
  void nullMetadataAndEmptyMetadataTextAreEmpty() {
    ActiveCallDetails call = details(
        body("{DETAILS,'participants':[{PARTICIPANT,'metadata':null},{PARTICIPANT,'metadata':'{}'}]}"));

    assertThat(call.participants()).extracting(Participant::metadata).containsExactly(Map.of(), Map.of());
  }

  @Test
  void eachEndpointSkipsTheFieldsOnlyTheOtherSends() {
    // The details endpoint does not send status, type, lastMessage or transferRequested, nor the
    // list a transcript: whatever arrives under those names there is skipped like any unknown field.
    ActiveCallDetails call = details(
        body("{DETAILS,'status':{},'type':[1],'lastMessage':true,'transferRequested':'yes'}"));
    assertThat(call.id()).isEqualTo("i");

    ActiveCallList calls = list(listOf("{CALL,'transcript':{'role':7}}"));
    assertThat(calls.data().get(0).type().is(CallType.WEB)).isTrue();
  }

  @Test
  void blankTextIsKeptButABlankTimestampIsMissing() {
    // Strings are kept as sent, even blank; only a blank timestamp reads as absent (tested above).
    ActiveCall call = list(listOf("{'id':'','roomName':' ','customerPhone':'','aiAgentName':'','duration':0,"
        + "'status':'','transferRequested':false,'type':'','sentiment':'','lastMessage':''}")).data().get(0);

    assertThat(call.id()).isEmpty();
    assertThat(call.roomName()).isEqualTo(" ");
    assertThat(call.customerPhone()).isEmpty();
    assertThat(call.aiAgentName()).isEmpty();
    assertThat(call.status().raw()).isEmpty();
    assertThat(call.type().raw()).isEmpty();
    assertThat(call.sentiment()).isNotNull();
    assertThat(call.lastMessage()).isEmpty();
  }

  @Test
  void numbersAreReadAsTextAndEscapedNamesMatch() {
    ActiveCallList calls = list(body("{'data':[{'id':665,'r\\u006fomName':'r','aiAgentName':'a',"
        + "'duration':2.5,'status':'active','transferRequested':false,'type':1,'participants':["
        + "{'identity':7,'isAgent':false,'joinedAt':'2024-06-01 10:00:00'}]}],'count':'1',"
        + "'timestamp':'2024-06-01T10:02:25Z'}"));

    ActiveCall call = calls.data().get(0);
    assertThat(calls.count()).isEqualTo(1);
    assertThat(call.id()).isEqualTo("665");
    assertThat(call.roomName()).isEqualTo("r");
    assertThat(call.duration()).isEqualTo(Duration.ofMillis(2_500));
    assertThat(call.type().raw()).isEqualTo("1");
    assertThat(call.participants()).containsExactly(
        new Participant("7", false, Instant.parse("2024-06-01T10:00:00Z"), Map.of()));
  }

  @Test
  void aRepeatedFieldKeepsTheLastValue() {
    ActiveCallDetails call = details(body("{'id':'first',DETAILS,'id':'second'}"));

    assertThat(call.id()).isEqualTo("second");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "transcript content missing | {'id':'i','roomName':'r','aiAgentName':'a','duration':1,'transcript':[{'role':'agent','content':'hi'},{'role':'agent'}]} | $.transcript[1].content",
      "transcript role null       | {'id':'i','roomName':'r','aiAgentName':'a','duration':1,'transcript':[{'role':null,'content':'hi'}]} | $.transcript[0].role",
      "transcript is an object    | {'id':'i','roomName':'r','aiAgentName':'a','duration':1,'transcript':{}} | $.transcript",
      "metadata is a number       | {'id':'i','roomName':'r','aiAgentName':'a','duration':1,'participants':[{'identity':'p','isAgent':true,'joinedAt':'2024-06-01T10:00:00Z','metadata':7}]} | $.participants[0].metadata",
      "metadata text not JSON     | {'id':'i','roomName':'r','aiAgentName':'a','duration':1,'participants':[{'identity':'p','isAgent':true,'joinedAt':'2024-06-01T10:00:00Z','metadata':'plain words'}]} | $.participants[0].metadata",
      "joinedAt missing           | {'id':'i','roomName':'r','aiAgentName':'a','duration':1,'participants':[{'identity':'p','isAgent':true}]} | $.participants[0].joinedAt",
      "isAgent is a string        | {'id':'i','roomName':'r','aiAgentName':'a','duration':1,'participants':[{'identity':'p','isAgent':'yes','joinedAt':'2024-06-01T10:00:00Z'}]} | $.participants[0].isAgent",
      "duration missing           | {'id':'i','roomName':'r','aiAgentName':'a'} | $.duration",
      "body is JSON null          | null | $",
  })
  void detailsShapeErrorsReportTheirPath(String what, String body, String path) {
    ResponseDecodingException e = detailsFails(body.replace('\'', '"'));

    assertThat(e.jsonPath()).as(what).isEqualTo(path);
    assertThat(e.getMessage()).as(what).contains("GET /v2/api/active-calls/call-abc123");
  }

  @Test
  void notJsonAtAllFailsWithTheBodyExcerpt() {
    ResponseDecodingException e = detailsFails("<html>Bad gateway</html>");

    assertThat(e.jsonPath()).isEqualTo("$");
    assertThat(e.bodyExcerpt()).isEqualTo("<html>Bad gateway</html>");
  }

  @Test
  void emptyBodyFails() {
    ResponseDecodingException e = listFails("");

    assertThat(e.jsonPath()).isEqualTo("$");
    assertThat(e.bodyExcerpt()).isEmpty();
  }

  @Test
  void decodingFailuresAreNotRetried() {
    listFails("{\"data\": {}}");

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void commentsAndZonelessTimestampsDecode() {
    ActiveCallList calls = list("/* leading */ {\"data\": [], // none\n \"count\": 0, \"timestamp\": \"2024-06-01 10:02:25\"}");

    assertThat(calls.data()).isEmpty();
    assertThat(calls.timestamp()).as("zone-less read as UTC").isEqualTo(Instant.parse("2024-06-01T10:02:25Z"));
  }
}
