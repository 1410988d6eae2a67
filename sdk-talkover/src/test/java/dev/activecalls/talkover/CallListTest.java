package dev.activecalls.talkover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.AutoPager;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.errors.UnexpectedStatusException;
import dev.activecalls.core.errors.UnprocessableEntityException;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code calls().list}, {@code listAll} and {@code listActive} end to end against MockWebServer:
 * the request line Talkover receives for every filter, both paging shapes decoded field by field,
 * pages fetched only when needed, and the three lists behind {@code listActive}.
 */
class CallListTest {
  private static final String TOKEN = "talq_test_token_123";

  @StartStop final MockWebServer server = new MockWebServer();

  private TalkoverClient client;
  private CallsService calls;
  private CallsServiceAsync asyncCalls;

  @BeforeEach
  void setUp() {
    client = TalkoverClient.builder().apiToken(TOKEN).baseUrl(server.url("/").toString())
        .sleeper(new RecordingSleeper()).build();
    calls = client.calls();
    asyncCalls = client.async().calls();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private void enqueue(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
        .setHeader("X-Request-Id", "req-" + status).body(body).build());
  }

  /** A page of calls {@code ids} saying it is page {@code current} of {@code last}. */
  private static String page(int current, int last, String... ids) {
    StringBuilder data = new StringBuilder();
    for (String id : ids) {
      data.append(data.length() == 0 ? "" : ",").append("{\"id\":\"").append(id)
          .append("\",\"status\":\"answered\",\"created_at\":\"2026-12-04T10:00:00Z\"}");
    }
    return "{\"success\":true,\"data\":[" + data + "],\"pagination\":{\"current_page\":" + current
        + ",\"last_page\":" + last + ",\"per_page\":100,\"total\":" + (last * 100) + "}}";
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    return request;
  }

  private List<String> targets(int count) throws InterruptedException {
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      targets.add(take().getTarget());
    }
    return targets;
  }

  // ---- list: what is sent, what comes back

  @Test
  void listSendsGetCallsAndDecodesTheDocumentedExampleFieldByField() throws Exception {
    enqueue(200, Fixtures.read("list-calls.json"));

    CallPage page = calls.list();

    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/v1/calls");
    assertThat(request.getHeaders().values("Authorization")).containsExactly("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getBody() == null || request.getBody().size() == 0).isTrue();
    assertThat(page.currentPage()).isEqualTo(1);
    assertThat(page.lastPage()).isEqualTo(5);
    assertThat(page.perPage()).isEqualTo(20);
    assertThat(page.total()).isEqualTo(100L);
    assertThat(page.hasNextPage()).isTrue();
    assertThat(page.calls()).containsExactly(
        new Call("call-uuid-1", "call_sid_123", "+1234567890", "(123) 456-7890", "+0987654321",
            "(098) 765-4321", false, OpenEnum.of(CallDirection.class, "outbound"),
            OpenEnum.of(CallStatus.class, "completed"), Duration.ofSeconds(120),
            new CallAgent("agent-uuid-1", "Sales Agent", "Sales Agent Label"),
            Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z")),
        new Call("call-uuid-2", "call_sid_456", "+1987654321", "(987) 654-3210", "+0987654321",
            "(098) 765-4321", false, OpenEnum.of(CallDirection.class, "inbound"),
            OpenEnum.of(CallStatus.class, "answered"), Duration.ofSeconds(180),
            new CallAgent("agent-uuid-2", "Support Agent", "Support Agent Label"),
            Instant.parse("2024-01-01T01:00:00Z"), Instant.parse("2024-01-01T01:03:00Z")));
    assertThat(page.calls().get(0).isActive()).isFalse();
    assertThat(page.calls().get(1).isActive()).isTrue();
  }

  @Test
  void everyFilterIsSentAsDocumentedAndNothingForTheUnsetOnes() throws Exception {
    enqueue(200, Fixtures.read("list-calls.json"));
    enqueue(200, Fixtures.read("list-calls.json"));

    calls.list(CallListRequest.builder().status("no-answer").direction("inbound")
        .dateFrom(LocalDate.of(2026, 12, 1)).dateTo(LocalDate.of(2026, 12, 4)).search("+1 555&x=1")
        .perPage(100).page(3).build());
    calls.list(CallListRequest.builder().status("answered").build());

    assertThat(take().getTarget()).isEqualTo("/api/v1/calls?status=no-answer&direction=inbound"
        + "&date_from=2026-12-01&date_to=2026-12-04&search=%2B1%20555%26x%3D1&per_page=100&page=3");
    assertThat(take().getTarget()).isEqualTo("/api/v1/calls?status=answered");
  }

  @Test
  void anAgentsListGoesToItsOwnPathAndHasNoAgentObject() throws Exception {
    enqueue(200, Fixtures.read("agent-calls.json"));

    CallPage page = calls.list(CallListRequest.builder().agentId("agent/uuid 1").perPage(20).build());

    assertThat(take().getTarget()).isEqualTo("/api/v1/agents/agent%2Fuuid%201/calls?per_page=20");
    assertThat(page.calls()).extracting(Call::id).containsExactly("call-uuid-1", "call-uuid-2");
    assertThat(page.calls()).extracting(Call::agent).containsOnlyNulls();
    assertThat(page.calls().get(1).sid()).isEqualTo("call_sid_456");
    assertThat(page.lastPage()).isEqualTo(3);
    assertThat(page.total()).isEqualTo(50L);
  }

  @Test
  void theMetaShapeUnknownValuesAndMissingOptionalFieldsDecode() throws Exception {
    enqueue(200, Fixtures.read("list-calls-meta-nasty.json"));

    CallPage page = calls.list(CallListRequest.builder().page(2).build());

    assertThat(page.currentPage()).isEqualTo(2);
    assertThat(page.lastPage()).isEqualTo(4);
    assertThat(page.perPage()).isEqualTo(2);
    assertThat(page.total()).isEqualTo(7L);
    Call first = page.calls().get(0);
    assertThat(first).isEqualTo(new Call("call-uuid-9", null, "+15551234567", null, null, null, true,
        OpenEnum.of(CallDirection.class, "sideways"), OpenEnum.of(CallStatus.class, "no-answer"), null, null,
        Instant.parse("2025-09-03T23:19:51Z"), null));
    assertThat(first.direction().known()).isEmpty();
    assertThat(first.isActive()).isFalse();
    Call second = page.calls().get(1);
    assertThat(second.status().known()).contains(CallStatus.IN_PROGRESS);
    assertThat(second.isActive()).as("in-progress is not one of Talkover's active states").isFalse();
    assertThat(second.testing()).isFalse();
  }

  @Test
  void aBodyWithoutPagingIsTheRequestedPageAndTheLast() throws Exception {
    enqueue(200, "{\"success\":true,\"data\":[{\"id\":\"c1\",\"status\":\"ringing\","
        + "\"created_at\":\"2026-12-04T10:00:00Z\"}]}");
    enqueue(200, "{\"success\":true}");

    CallPage page = calls.list(CallListRequest.builder().page(4).build());
    CallPage empty = calls.list();

    assertThat(page.currentPage()).isEqualTo(4);
    assertThat(page.lastPage()).isEqualTo(4);
    assertThat(page.perPage()).isEqualTo(1);
    assertThat(page.total()).isNull();
    assertThat(page.hasNextPage()).isFalse();
    assertThat(empty.calls()).isEmpty();
    assertThat(empty.currentPage()).isEqualTo(1);
  }

  @Test
  void theRawViewsKeepStatusHeadersAndRequestId() throws Exception {
    enqueue(200, Fixtures.read("list-calls.json"));
    enqueue(200, Fixtures.read("list-calls.json"));

    ApiResponse<CallPage> raw = calls.withRawResponse().list(CallListRequest.all());
    ApiResponse<CallPage> asyncRaw = asyncCalls.withRawResponse().list().get(5, TimeUnit.SECONDS);

    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.requestId()).isEqualTo("req-200");
    assertThat(raw.body().calls()).hasSize(2);
    assertThat(asyncRaw.body()).isEqualTo(raw.body());
    assertThat(targets(2)).containsExactly("/api/v1/calls", "/api/v1/calls");
  }

  // ---- errors

  @Test
  void anUnknownAgentIsNotFoundNotAnEmptyList() throws Exception {
    enqueue(404, "{\"success\":false,\"message\":\"Agent not found\"}");

    assertThatThrownBy(() -> calls.list(CallListRequest.builder().agentId("typo").build()))
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).vendorMessage()).isEqualTo("Agent not found"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aValidationErrorIsTypedWithTheFieldMessages() throws Exception {
    enqueue(422, "{\"message\":\"The per page field must not be greater than 100.\","
        + "\"errors\":{\"per_page\":[\"The per page field must not be greater than 100.\"]}}");

    assertThatThrownBy(() -> calls.list())
        .isInstanceOf(UnprocessableEntityException.class)
        .hasMessageContaining("The per page field must not be greater than 100.");
  }

  @Test
  void successFalseInA200IsAnError() {
    enqueue(200, "{\"success\":false,\"message\":\"Something odd\",\"data\":[],"
        + "\"pagination\":{\"current_page\":\"x\"}}");

    assertThatThrownBy(() -> calls.list()).isInstanceOf(UnexpectedStatusException.class)
        .hasMessageContaining("Something odd");
  }

  @Test
  void aCallWithoutCreatedAtOrABadPageNumberIsADecodingFailureWithItsPath() {
    enqueue(200, "{\"success\":true,\"data\":[{\"id\":\"c1\",\"status\":\"answered\"}]}");
    enqueue(200, "{\"success\":true,\"data\":[],\"pagination\":{\"last_page\":\"many\"}}");

    assertThatThrownBy(() -> calls.list()).isInstanceOf(ResponseDecodingException.class)
        .satisfies(e -> assertThat(((ResponseDecodingException) e).jsonPath()).isEqualTo("$.data[0].created_at"));
    assertThatThrownBy(() -> calls.list()).isInstanceOf(ResponseDecodingException.class)
        .satisfies(e -> assertThat(((ResponseDecodingException) e).jsonPath()).isEqualTo("$.pagination.last_page"));
  }

  @Test
  void badFiltersAreRefusedNamingTheParameterBeforeAnythingIsSent() {
    assertThatThrownBy(() -> CallListRequest.builder().perPage(0).build()).hasMessageStartingWith("perPage");
    assertThatThrownBy(() -> CallListRequest.builder().perPage(101).build()).hasMessageStartingWith("perPage");
    assertThatThrownBy(() -> CallListRequest.builder().page(0).build()).hasMessageStartingWith("page");
    assertThatThrownBy(() -> CallListRequest.builder().status(" ").build()).hasMessageStartingWith("status");
    assertThatThrownBy(() -> CallListRequest.builder().direction("").build()).hasMessageStartingWith("direction");
    assertThatThrownBy(() -> CallListRequest.builder().search("a\uD800").build()).hasMessageContaining("search");
    assertThatThrownBy(() -> CallListRequest.builder().agentId(" agent").build()).hasMessageStartingWith("agentId");
    assertThatThrownBy(() -> CallListRequest.builder().dateFrom(LocalDate.of(2026, 12, 5))
        .dateTo(LocalDate.of(2026, 12, 4)).build()).hasMessageStartingWith("dateFrom");
    assertThatThrownBy(() -> CallListRequest.all().withPage(0)).hasMessageStartingWith("page");
    assertThatThrownBy(() -> calls.listActive(" ")).hasMessageStartingWith("agentId");
    assertThatThrownBy(() -> asyncCalls.listActive("..")).hasMessageStartingWith("agentId");
    assertThatThrownBy(() -> calls.list((CallListRequest) null)).isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aRequestRoundTripsThroughItsBuilder() {
    CallListRequest request = CallListRequest.builder().agentId("a").status("answered")
        .direction("outbound").dateFrom(LocalDate.of(2026, 1, 1)).dateTo(LocalDate.of(2026, 1, 2))
        .search("555").perPage(5).page(2).build();

    assertThat(request.toBuilder().build()).isEqualTo(request);
    assertThat(request.withPage(3).page()).isEqualTo(3);
    assertThat(request.withPage(3).toBuilder().page(2).build()).isEqualTo(request);
  }

  // ---- listAll: every page, each only when needed

  @Test
  void listAllFetchesNothingUntilReadAndEachPageOnlyWhenTheOneBeforeIsUsedUp() throws Exception {
    enqueue(200, page(1, 3, "a", "b"));
    enqueue(200, page(2, 3, "c"));
    enqueue(200, page(3, 3, "d"));

    AutoPager<Call> all = calls.listAll(CallListRequest.builder().status("completed").build());
    assertThat(server.getRequestCount()).isZero();

    Iterator<Call> it = all.iterator();
    assertThat(it.next().id()).isEqualTo("a");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(it.next().id()).isEqualTo("b");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(it.next().id()).isEqualTo("c");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(it.next().id()).isEqualTo("d");
    assertThat(it.hasNext()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(targets(3)).containsExactly(
        "/api/v1/calls?status=completed&per_page=100&page=1",
        "/api/v1/calls?status=completed&per_page=100&page=2",
        "/api/v1/calls?status=completed&per_page=100&page=3");
  }

  @Test
  void aStreamStopsFetchingWhenItHasEnoughAndEachIterationStartsAgain() throws Exception {
    enqueue(200, page(2, 9, "a", "b"));
    enqueue(200, page(2, 9, "a", "b"));

    AutoPager<Call> all = calls.listAll(CallListRequest.builder().agentId("ag").perPage(2).page(2).build());

    assertThat(all.stream().limit(2).map(Call::id).toList()).containsExactly("a", "b");
    assertThat(all.stream().findFirst().map(Call::id)).contains("a");
    assertThat(targets(2)).containsExactly("/api/v1/agents/ag/calls?per_page=2&page=2",
        "/api/v1/agents/ag/calls?per_page=2&page=2");
  }

  @Test
  void listAllStopsAtAnEmptyPageAndCountsPagesItselfWhenTheServerIgnoresThePage() throws Exception {
    enqueue(200, page(1, 50, "a"));
    enqueue(200, page(2, 50));
    // A server that ignores ?page answers page 1 every time: the walk still ends at last_page.
    enqueue(200, page(1, 2, "x"));
    enqueue(200, page(1, 2, "x"));

    assertThat(calls.listAll(CallListRequest.all()).stream().map(Call::id).toList()).containsExactly("a");
    assertThat(calls.listAll(CallListRequest.all()).stream().map(Call::id).toList()).containsExactly("x", "x");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aFailedPageIsThrownWhileIterating() {
    enqueue(200, page(1, 2, "a"));
    enqueue(404, "{\"success\":false,\"message\":\"Agent not found\"}");

    Iterator<Call> it = calls.listAll(CallListRequest.builder().agentId("gone").build()).iterator();
    assertThat(it.next().id()).isEqualTo("a");
    assertThatThrownBy(it::hasNext).isInstanceOf(NotFoundException.class);
  }

  @Test
  void asyncListAllHandsOverEveryCallInOrderAndCollects() throws Exception {
    enqueue(200, page(1, 2, "a", "b"));
    enqueue(200, page(2, 2, "c"));
    enqueue(200, page(1, 2, "a", "b"));
    enqueue(200, page(2, 2, "c"));

    List<String> seen = new ArrayList<>();
    asyncCalls.listAll(CallListRequest.all()).forEach(call -> seen.add(call.id())).get(5, TimeUnit.SECONDS);
    List<Call> collected = asyncCalls.listAll(CallListRequest.all()).toList().get(5, TimeUnit.SECONDS);

    assertThat(seen).containsExactly("a", "b", "c");
    assertThat(collected).extracting(Call::id).containsExactly("a", "b", "c");
    assertThat(targets(4)).containsExactly("/api/v1/calls?per_page=100&page=1",
        "/api/v1/calls?per_page=100&page=2", "/api/v1/calls?per_page=100&page=1",
        "/api/v1/calls?per_page=100&page=2");
  }

  @Test
  void asyncListAllFailsWithThePagesFailureAndWithWhatTheActionThrows() throws Exception {
    enqueue(200, page(1, 2, "a"));
    enqueue(404, "{\"success\":false,\"message\":\"Agent not found\"}");
    enqueue(200, page(1, 2, "a"));

    CompletableFuture<Void> failedPage = asyncCalls.listAll(CallListRequest.all()).forEach(call -> {});
    assertThatThrownBy(() -> failedPage.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(NotFoundException.class);
    Consumer<Call> throwing = call -> {
      throw new IllegalStateException("handler broke");
    };
    CompletableFuture<Void> failedAction = asyncCalls.listAll(CallListRequest.all()).forEach(throwing);

    assertThatThrownBy(() -> failedAction.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(server.getRequestCount()).as("no page after the failing action").isEqualTo(3);
  }

  @Test
  void cancellingAnAsyncWalkFetchesNoMorePages() throws Exception {
    // The first page is answered only once forEach has returned: answered sooner, it would be handed
    // over on this thread, inside forEach, before the walk's future is known here.
    CountDownLatch walkKnown = new CountDownLatch(1);
    server.setDispatcher(new QueueDispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        walkKnown.await(5, TimeUnit.SECONDS);
        return super.dispatch(request);
      }
    });
    enqueue(200, page(1, 3, "a", "a2"));
    enqueue(200, page(2, 3, "b"));

    CompletableFuture<CompletableFuture<Void>> walk = new CompletableFuture<>();
    List<String> seen = new ArrayList<>();
    CompletableFuture<Void> done = asyncCalls.listAll(CallListRequest.all()).forEach(call -> {
      seen.add(call.id());
      walk.orTimeout(5, TimeUnit.SECONDS).join().cancel(true); // the caller gives up mid-page
    });
    walk.complete(done);
    walkKnown.countDown();

    assertThatThrownBy(() -> done.get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
    // Had the walk gone on, it would have taken page 2's answer; the next request gets it instead.
    assertThat(calls.list().calls()).extracting(Call::id).containsExactly("b");
    assertThat(seen).containsExactly("a");
    assertThat(targets(2)).containsExactly("/api/v1/calls?per_page=100&page=1", "/api/v1/calls");
  }

  // ---- listActive: the three active states, one list each

  @Test
  void listActiveListsEachActiveStateInOrderAndKeepsACallOnceWithItsLatestState() throws Exception {
    enqueue(200, page(1, 1, "i1"));
    enqueue(200, "{\"success\":true,\"data\":[{\"id\":\"r1\",\"status\":\"ringing\","
        + "\"created_at\":\"2026-12-04T10:00:00Z\"}],\"pagination\":{\"current_page\":1,\"last_page\":1}}");
    // r1 was answered between the ringing and the answered lists.
    enqueue(200, page(1, 1, "r1", "a1"));

    List<Call> active = calls.listActive("agent-1");

    assertThat(active).extracting(Call::id).containsExactly("i1", "r1", "a1");
    assertThat(active.get(1).status().known()).contains(CallStatus.ANSWERED);
    assertThat(targets(3)).containsExactly(
        "/api/v1/agents/agent-1/calls?status=initiated&per_page=100&page=1",
        "/api/v1/agents/agent-1/calls?status=ringing&per_page=100&page=1",
        "/api/v1/agents/agent-1/calls?status=answered&per_page=100&page=1");
  }

  @Test
  void listActiveOfEveryAgentPagesThroughEachStateAsync() throws Exception {
    enqueue(200, page(1, 2, "i1"));
    enqueue(200, page(2, 2, "i2"));
    enqueue(200, page(1, 1));
    enqueue(200, page(1, 1, "a1"));

    List<Call> active = asyncCalls.listActive().get(5, TimeUnit.SECONDS);

    assertThat(active).extracting(Call::id).containsExactly("i1", "i2", "a1");
    assertThatThrownBy(() -> active.add(active.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(targets(4)).containsExactly("/api/v1/calls?status=initiated&per_page=100&page=1",
        "/api/v1/calls?status=initiated&per_page=100&page=2",
        "/api/v1/calls?status=ringing&per_page=100&page=1",
        "/api/v1/calls?status=answered&per_page=100&page=1");
  }

  @Test
  void asyncListActiveFailsWithTheFirstFailureAndListsNoFurther() throws Exception {
    enqueue(200, page(1, 1, "i1"));
    enqueue(404, "{\"success\":false,\"message\":\"Agent not found\"}");

    CompletableFuture<List<Call>> active = asyncCalls.listActive("typo");

    assertThatThrownBy(() -> active.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(NotFoundException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
