package dev.activecalls.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void quoteEscapesWhatCouldForgeALogLine() {
    assertThat(Text.quote("a\r\nb\tc\u0000d\u001be\u007ff\u0085g\u2028h\u2029i\u202ej\u2066k", 100))
        .isEqualTo("a\\r\\nb\\tc\\u0000d\\u001be\\u007ff\\u0085g\\u2028h\\u2029i\\u202ej\\u2066k");
    assertThat(Text.quote("plain ascii, é and 😀", 100)).isEqualTo("plain ascii, é and 😀");
    assertThat(Text.quote("lone \ud800 and \udc00", 100)).isEqualTo("lone \\ud800 and \\udc00");
    assertThat(Text.quote(null, 10)).isEqualTo("null");
  }

  @Test
  void quoteCutsVisiblyAndNeverSplitsAPair() {
    assertThat(Text.quote("abcdef", 3)).isEqualTo("abc... (3 more chars)");
    assertThat(Text.quote("ab😀cd", 3)).isEqualTo("ab... (4 more chars)");
    assertThat(Text.bound("abcdef", 6)).isEqualTo("abcdef");
    assertThat(Text.bound("abc\ndef", 4)).isEqualTo("abc\n... (3 more chars)");
    assertThat(Text.bound(null, 4)).isNull();
  }

  @Test
  void messagesStayUnder2000CharactersEvenWhenEveryCharacterIsEscaped() {
    assertThat(Text.message("\n".repeat(100_000))).hasSizeLessThanOrEqualTo(1_999).doesNotContain("\n");
    assertThat(Text.message("x".repeat(100_000))).hasSizeLessThanOrEqualTo(1_999).contains("more chars");
    assertThat(Text.message("😀".repeat(5_000))).hasSizeLessThanOrEqualTo(1_999)
        .satisfies(m -> assertThat(Character.isHighSurrogate(m.charAt(m.length() - 1))).isFalse());
  }

  @Test
  void redactorReplacesSecretsAsSentEscapedAndCutOff() {
    Redactor redactor = new Redactor(List.of("sk/live/0123456789", "short"));

    assertThat(redactor.redact("key sk/live/0123456789 and sk\\/live\\/0123456789"))
        .isEqualTo("key [redacted] and [redacted]");
    assertThat(redactor.redact("a short word")).as("short secrets would match words").isEqualTo("a short word");
    assertThat(redactor.redact("ends with sk/live/01", true)).isEqualTo("ends with [redacted]");
    assertThat(redactor.redact("ends with sk/live/01", false)).isEqualTo("ends with sk/live/01");
    assertThat(redactor.redact("ends with sk/", true)).as("too short a start to tell").isEqualTo("ends with sk/");
    assertThat(redactor.redact((String) null)).isNull();
  }

  @Test
  void redactorRedactsHeaderValuesOnlyWhenNeeded() {
    Redactor redactor = new Redactor(List.of("sk_live_0123456789"));
    Headers clean = Headers.of("a", "1", "b", "2");
    Headers echoed = Headers.of("a", "1", "x-echo", "key=sk_live_0123456789", "b", "2");

    assertThat(redactor.redact(clean)).isSameAs(clean);
    assertThat(redactor.redact(echoed)).isEqualTo(Headers.of("a", "1", "x-echo", "key=[redacted]", "b", "2"));
  }
}
