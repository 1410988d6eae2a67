package dev.activecalls.testkit;

import static dev.activecalls.testkit.Http.auth;
import static dev.activecalls.testkit.Http.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The call methods every fake shares ({@link FakeServer}), run through each fake and checked
 * with its vendor's own lookup over HTTP.
 */
class FakeCallsTest {

  /** A vendor's own HTTP lookup of one call. */
  interface Lookup<F, C> {
    Http.Reply get(F fake, C call) throws IOException;
  }

  /**
   * The shared behaviour. A vendor gives its fake, how its spec sets the key and a field its
   * JSON shows, and how its API looks a call up.
   */
  abstract static class Contract<F extends FakeServer<C, S>, C, S> {
    private final F fake;
    private final BiConsumer<S, String> key;
    private final BiConsumer<S, String> mark;
    private final Function<C, String> keyOf;
    private final Function<C, String> markOf;
    private final Lookup<F, C> lookup;

    Contract(F fake, BiConsumer<S, String> key, BiConsumer<S, String> mark,
        Function<C, String> keyOf, Function<C, String> markOf, Lookup<F, C> lookup) {
      this.fake = fake;
      this.key = key;
      this.mark = mark;
      this.keyOf = keyOf;
      this.markOf = markOf;
      this.lookup = lookup;
    }

    private Http.Reply lookup(C call) throws IOException {
      return lookup.get(fake, call);
    }

    @AfterEach
    void close() {
      fake.close();
    }

    private C add(String keyValue, String markValue) {
      return fake.addCall(spec -> {
        key.accept(spec, keyValue);
        mark.accept(spec, markValue);
      });
    }

    @Test
    void addedCallsAreServedAndListedInTheOrderAdded() throws IOException {
      C second = add("k-2", "mark-2");
      C first = add("k-1", "mark-1");

      assertThat(fake.calls()).extracting(keyOf).containsExactly("k-2", "k-1");
      assertThat(fake.callCount()).isEqualTo(2);
      assertThat(fake.call("k-1")).get().extracting(markOf).isEqualTo("mark-1");
      assertThat(fake.call("k-3")).isEmpty();
      for (C call : fake.calls()) {
        Http.Reply reply = lookup(call);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"" + markOf.apply(call) + "\"");
      }
      assertThat(fake.calls()).containsExactly(second, first);
    }

    @Test
    void updateChangesOneCallInPlace() throws IOException {
      add("k-1", "before");
      C other = add("k-2", "other");

      C updated = fake.updateCall("k-1", spec -> mark.accept(spec, "after"));

      assertThat(markOf.apply(updated)).isEqualTo("after");
      assertThat(fake.call("k-1")).contains(updated);
      assertThat(lookup(updated).body()).contains("\"after\"").doesNotContain("\"before\"");
      assertThat(fake.calls()).containsExactly(updated, other);
    }

    @Test
    void endedCallIsNotFoundAndEndingItAgainSaysSo() throws IOException {
      C ended = add("k-1", "mark-1");
      C other = add("k-2", "mark-2");

      assertThat(fake.endCall("k-1")).isTrue();
      assertThat(fake.endCall("k-1")).isFalse();

      assertThat(lookup(ended).status()).isEqualTo(404);
      assertThat(lookup(other).status()).isEqualTo(200);
      assertThat(fake.call("k-1")).isEmpty();
      assertThat(fake.calls()).containsExactly(other);
      assertThat(fake.callCount()).isEqualTo(1);
    }

    @Test
    void endAllCallsEndsEveryCall() throws IOException {
      C first = add("k-1", "mark-1");
      C second = add("k-2", "mark-2");

      assertThat(fake.endAllCalls()).isEqualTo(2);

      assertThat(lookup(first).status()).isEqualTo(404);
      assertThat(lookup(second).status()).isEqualTo(404);
      assertThat(fake.calls()).isEmpty();
      assertThat(fake.callCount()).isZero();
      assertThat(fake.endAllCalls()).isZero();
    }

    @Test
    void keysAreUniqueAndCannotChange() {
      C call = add("k-1", "mark-1");

      assertThatThrownBy(() -> add("k-1", "again"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k-1");
      assertThatThrownBy(() -> fake.updateCall("k-1", spec -> key.accept(spec, "k-9")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> fake.updateCall("k-9", spec -> mark.accept(spec, "x")))
          .isInstanceOf(NoSuchElementException.class).hasMessageContaining("k-9");
      assertThat(fake.calls()).containsExactly(call);
    }

    @Test
    void callsAddedWithDefaultsGetTheirOwnKeys() throws IOException {
      C first = fake.addCall();
      C second = fake.addCall();

      assertThat(keyOf.apply(first)).isNotBlank().isNotEqualTo(keyOf.apply(second));
      assertThat(lookup(first).status()).isEqualTo(200);
      assertThat(lookup(second).status()).isEqualTo(200);
      assertThat(fake.toString()).endsWith(", 2 calls]");
    }
  }

  @Nested
  class Trillet extends Contract<FakeTrillet, FakeTrillet.Call, FakeTrillet.CallSpec> {
    Trillet() {
      super(FakeTrillet.start(), FakeTrillet.CallSpec::roomName, FakeTrillet.CallSpec::sentiment,
          FakeTrillet.Call::roomName, FakeTrillet.Call::sentiment, (fake, call) ->
              get(fake.baseUrl() + "/v2/api/active-calls/" + call.roomName(), auth(fake)));
    }
  }

  @Nested
  class Vobiz extends Contract<FakeVobiz, FakeVobiz.Call, FakeVobiz.CallSpec> {
    Vobiz() {
      super(FakeVobiz.start(), FakeVobiz.CallSpec::callUuid, FakeVobiz.CallSpec::callerName,
          FakeVobiz.Call::callUuid, call -> String.valueOf(call.callerName()), (fake, call) ->
              get(fake.baseUrl() + "/api/v1/Account/" + fake.authId() + "/Call/"
                  + call.callUuid() + "/?status=live", auth(fake)));
    }
  }

  @Nested
  class Talkover extends Contract<FakeTalkover, FakeTalkover.Call, FakeTalkover.CallSpec> {
    Talkover() {
      super(FakeTalkover.start(), FakeTalkover.CallSpec::id, FakeTalkover.CallSpec::status,
          FakeTalkover.Call::id, FakeTalkover.Call::status, (fake, call) ->
              get(fake.baseUrl() + "/api/v1/agents/" + call.agentId() + "/active-call/"
                  + call.to().replace("+", "%2B"), auth(fake)));
    }
  }
}
