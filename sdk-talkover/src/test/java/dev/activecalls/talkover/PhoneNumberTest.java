package dev.activecalls.talkover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PhoneNumber} and {@link ActiveCallByPhoneRequest}: what is accepted, what is refused. */
class PhoneNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "+15551234567",
      "+1 (555) 123-4567",
      "+1.555.123.4567",
      "+1-555-123-4567",
      "+1 555 123 4567",
      "  +15551234567\n",
      "+1\t555\u00a0123\u2009 4567",
      "+1/555/1234567",
      "+ 1 555 123 4567"})
  void commonFormattingNormalizesToE164(String text) {
    assertThat(PhoneNumber.of(text).e164()).isEqualTo("+15551234567");
  }

  @Test
  void ukNumber() {
    assertThat(PhoneNumber.of("+44 20 7946 0958").e164()).isEqualTo("+442079460958");
  }

  @Test
  void shortestAndLongestAccepted() {
    assertThat(PhoneNumber.of("+12").e164()).isEqualTo("+12");
    assertThat(PhoneNumber.of("+123 456 789 012 345").e164()).isEqualTo("+123456789012345");
  }

  @Test
  void constructorNormalizesTooSoEqualNumbersAreEqual() {
    PhoneNumber formatted = new PhoneNumber("+1 (555) 123-4567");

    assertThat(formatted).isEqualTo(PhoneNumber.of("+15551234567"));
    assertThat(formatted.hashCode()).isEqualTo(PhoneNumber.of("+15551234567").hashCode());
    assertThat(formatted).hasToString("+15551234567");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"                        | phone must not be empty or blank",
      "\"   \"                     | phone must not be empty or blank",
      "15551234567               | phone must start with '+' and the country code, in E.164 form like +15551234567 (add '+' and the country code)",
      "(555) 123-4567            | phone must start with '+'",
      "0015551234567             | (replace the international prefix 00 with '+')",
      "+1 800 FLOWERS            | phone must not contain letters",
      "+1 555 123 4567 x89       | phone must not contain letters",
      "+1 555 123 4567 ext. 89   | phone must not contain letters",
      "+                         | phone must have 2 to 15 digits after '+', had 0",
      "+1                        | phone must have 2 to 15 digits after '+', had 1",
      "+1234567890123456         | phone must have 2 to 15 digits after '+', had more than 15",
      "+44 (0)20 7946 0958       | phone must not contain the national trunk prefix (0)",
      "+0123456                  | phone must not have 0 right after '+'",
      "++15551234567             | phone contains '+' at index 1",
      "+1 555 123 4567;          | phone contains ';' at index 15",
      "+1#5551234567             | phone contains '#' at index 2",
      "+1٥٥٥1234567              | phone must use the ASCII digits 0-9 (found U+0665 at index 2)",
      "+1555123%0A4567           | phone contains '%' at index 8"})
  void refusedWithAMessageNamingPhone(String text, String message) {
    assertThatThrownBy(() -> PhoneNumber.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("phone ")
        .hasMessageContaining(message.strip());
  }

  @Test
  void controlCharactersAreShownAsCodePoints() {
    assertThatThrownBy(() -> PhoneNumber.of("+1555\u0000123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phone contains U+0000 at index 5; only '+', digits, spaces, '-', '.', '/', '(' and ')'"
            + " are accepted");
  }

  @Test
  void nullIsRequired() {
    assertThatThrownBy(() -> PhoneNumber.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phone is required");
  }

  @Test
  void requestNormalizesThePhone() {
    ActiveCallByPhoneRequest request = new ActiveCallByPhoneRequest("agent-uuid", "+1 (555) 123-4567");

    assertThat(request.agentId()).isEqualTo("agent-uuid");
    assertThat(request.phone()).isEqualTo(PhoneNumber.of("+15551234567"));
    assertThat(request).isEqualTo(new ActiveCallByPhoneRequest("agent-uuid", PhoneNumber.of("+15551234567")));
    assertThat(request).hasToString("ActiveCallByPhoneRequest[agentId=agent-uuid, phone=+15551234567]");
  }

  @Test
  void requestRefusesAMissingPhone() {
    assertThatThrownBy(() -> new ActiveCallByPhoneRequest("agent-uuid", (PhoneNumber) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phone is required");
    assertThatThrownBy(() -> new ActiveCallByPhoneRequest("agent-uuid", (String) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phone is required");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"            | agentId must not be blank",
      "\"  \"          | agentId must not be blank",
      ".             | agentId must not be '.' (it would change the URL path)",
      "..            | agentId must not be '..' (it would change the URL path)",
      "\" agent-1\"    | agentId must not start or end with whitespace",
      "\"agent-1\t\"   | agentId must not start or end with whitespace"})
  void requestRefusesABadAgentId(String agentId, String message) {
    assertThatThrownBy(() -> new ActiveCallByPhoneRequest(agentId, "+15551234567"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message.strip());
  }

  @Test
  void requestRefusesANullOrHugeAgentId() {
    assertThatThrownBy(() -> new ActiveCallByPhoneRequest(null, "+15551234567"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agentId is required");
    assertThatThrownBy(() -> new ActiveCallByPhoneRequest("a".repeat(1025), "+15551234567"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("agentId is too long");
  }
}
