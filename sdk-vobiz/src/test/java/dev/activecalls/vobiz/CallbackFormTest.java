package dev.activecalls.vobiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.activecalls.core.OpenEnum;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CallbackForm}: Vobiz's form-encoded callback bodies, typed where documented. */
class CallbackFormTest {
  /** A hangup callback with the fields Vobiz documents for voice calls, and one it may add. */
  private static final String HANGUP = "Event=Hangup&CallUUID=d3b07384-d9a7-4b5f-8f3e-0c9a1b2c3d4e"
      + "&From=%2B14155551234&To=%2B14155556789&Direction=outbound&CallStatus=completed"
      + "&HangupCause=NORMAL_CLEARING&Duration=42&BillDuration=60&SomethingNew=x+y%26z";

  @Test
  void theDocumentedFieldsAreTyped() {
    CallbackForm form = CallbackForm.parse(HANGUP);

    assertThat(form.event()).hasValue("Hangup");
    assertThat(form.callUuid()).hasValue("d3b07384-d9a7-4b5f-8f3e-0c9a1b2c3d4e");
    assertThat(form.from()).hasValue("+14155551234");
    assertThat(form.to()).hasValue("+14155556789");
    assertThat(form.direction().map(OpenEnum::raw)).hasValue("outbound");
    assertThat(form.direction().orElseThrow().is(CallDirection.OUTBOUND)).isTrue();
    assertThat(form.callStatus().orElseThrow().is(CallState.COMPLETED)).isTrue();
    assertThat(form.first("HangupCause")).hasValue("NORMAL_CLEARING");
  }

  @Test
  void anUnknownFieldOrValueIsKept() {
    CallbackForm form = CallbackForm.parse(HANGUP.replace("completed", "on-the-moon"));

    assertThat(form.first("SomethingNew")).hasValue("x y&z");
    assertThat(form.callStatus().orElseThrow().isKnown()).isFalse();
    assertThat(form.callStatus().orElseThrow().raw()).isEqualTo("on-the-moon");
    CallbackForm answered = CallbackForm.parse("CallStatus=in-progress&Direction=inbound");
    assertThat(answered.callStatus().orElseThrow().is(CallState.ACTIVE)).isTrue();
  }

  @Test
  void repeatedKeysKeepEveryValueInOrder() {
    CallbackForm form = CallbackForm.parse("Digits=1&Event=Ring&Digits=2&Digits=&Digits=3");

    assertThat(form.values("Digits")).containsExactly("1", "2", "", "3");
    assertThat(form.first("Digits")).hasValue("1");
    assertThat(form.asMap())
        .containsExactly(entry("Digits", List.of("1", "2", "", "3")), entry("Event", List.of("Ring")));
    assertThat(form.values("digits")).isEmpty(); // names are case-sensitive, as Vobiz sends them
  }

  @Test
  void emptyPartsAndFieldsWithoutValues() {
    CallbackForm form = CallbackForm.parse("&&CallUUID=&From&=orphan&To=%2B1&");

    assertThat(form.asMap()).containsOnlyKeys("CallUUID", "From", "", "To");
    assertThat(form.first("CallUUID")).hasValue("");
    assertThat(form.callUuid()).isEmpty();
    assertThat(form.from()).isEmpty();
    assertThat(form.to()).hasValue("+1");
    assertThat(CallbackForm.parse("").asMap()).isEmpty();
    assertThat(CallbackForm.parse("").event()).isEmpty();
  }

  @Test
  void bytesAreReadInTheCharsetGiven() {
    byte[] latin1 = "CallerName=Jos%E9&Note=caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);

    CallbackForm form = CallbackForm.parse(latin1, StandardCharsets.ISO_8859_1);

    assertThat(form.first("CallerName")).hasValue("Jos\u00e9");
    assertThat(form.first("Note")).hasValue("caf\u00e9");
    byte[] utf8 = "CallerName=Jos%C3%A9".getBytes(StandardCharsets.US_ASCII);
    assertThat(CallbackForm.parse(utf8, StandardCharsets.UTF_8).first("CallerName")).hasValue("Jos\u00e9");
  }

  @Test
  void theMapAndListsAreImmutable() {
    CallbackForm form = CallbackForm.parse(HANGUP);

    assertThatThrownBy(() -> form.asMap().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> form.values("Event").add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBodyOverTheLimitsIsRefused() {
    String big = "Note=" + "a".repeat(CallbackForm.MAX_BODY_BYTES);
    assertThatThrownBy(() -> CallbackForm.parse(big))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("callback body too large: 65541 bytes, the limit is 65536");
    assertThatThrownBy(() -> CallbackForm.parse(big.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("callback body too large");

    String manyFields = "a=1&".repeat(CallbackForm.MAX_FIELDS);
    assertThat(CallbackForm.parse(manyFields).values("a")).hasSize(CallbackForm.MAX_FIELDS);
    assertThatThrownBy(() -> CallbackForm.parse(manyFields + "b=2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("callback body has more than 512 fields");
    String atTheLimit = "N=" + "a".repeat(CallbackForm.MAX_BODY_BYTES - 2);
    assertThat(CallbackForm.parse(atTheLimit).first("N").orElseThrow())
        .hasSize(CallbackForm.MAX_BODY_BYTES - 2);
  }

  @Test
  void aBrokenEscapeIsRefusedWithoutQuotingTheValue() {
    assertThatThrownBy(() -> CallbackForm.parse("Event=Hangup&From=%2B1415555%ZZ1234"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("callback body: field 2 has a % not followed by two hex digits");
    assertThatThrownBy(() -> CallbackForm.parse("From=%2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("%2\"");
  }

  @Test
  void toStringNamesTheFieldsButNotTheirValues() {
    assertThat(CallbackForm.parse("CallUUID=abc&From=%2B14155551234"))
        .hasToString("CallbackForm[CallUUID, From]");
  }
}
