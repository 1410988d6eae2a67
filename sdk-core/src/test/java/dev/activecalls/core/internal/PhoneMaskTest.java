package dev.activecalls.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneMaskTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // Talkover's path segment, as PathSegments encodes E.164
      "%2B15551234567                        | %2B1555***4567",
      "%2b15551234567                        | %2b1555***4567",
      "+15551234567                          | +1555***4567",
      // formatting, encoded or not, is dropped from the masked form
      "%2B1%20%28555%29%20123-4567           | %2B1555***4567",
      "%2B1.555.123.4567                     | %2B1555***4567",
      "555-123-4567                          | 555***4567",
      // E.164's longest: 7 digits hidden
      "%2B123456789012345                    | %2B1234***2345",
      // the shortest: only 3 digits hidden, none shown in front
      "%2B1234567                            | %2B***4567",
      "12345678                              | 1***5678",
      "%2B44207946095                        | %2B4420***6095",
      // an id of 7 to 15 digits and nothing else cannot be told from a national number
      "20240115                              | 2***0115",
      // Trillet's room names hold the customer's number after a '+'
      "call-_%2B12125550869_OGEkOp           | call-_%2B1212***0869_OGEkOp",
      "call-_+14155551234_AbC123             | call-_+1415***1234_AbC123",
      "a%2B15551234567b%2B4420794609512c     | a%2B1555***4567b%2B4420***9512c",
      // a second '+' starts the number; the first is not part of it
      "x++15551234567                        | x++1555***4567",
      "%2B%2B15551234567                     | %2B%2B1555***4567",
      // a broken escape after the number does not save it
      "%2B1555123456%                        | %2B155***3456%",
      "%2B1555123456%4                       | %2B155***3456%4"})
  void masksAWholeSegmentThatIsANumberAndANumberAfterAPlusInsideAnId(String segment, String masked) {
    assertThat(PhoneMask.segment(segment)).isEqualTo(masked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "call-abc123",
      "call-_%2B123456_x",                       // 6 digits after '+': not a phone number
      "call-_%2B1234567890123456_x",             // 16 digits: longer than E.164
      "5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
      "12345678-1234-1234-1234-123456789012",    // a UUID of digits only: 32 digits
      "ca1l-12345678-abcd",                      // a run of digits inside an id, without '+'
      "call1234567",
      "x2B15551234567",                          // "2B" without '%' is no plus sign
      "MAFAKE00TESTKIT00001",
      "%2B123456",                               // 6 digits: too short to hide enough of
      "123456",
      "1234567890123456",                        // 16 digits: a numeric id
      "1555123%2B4567",                          // a plus after the first digit
      "1555%2F1234567",                          // a slash is no formatting
      "%2B1555%E2%80%8B1234567",                 // nor is a zero-width space
      "v2", "api", "active-calls", "", "-", "...", "+", "%2B", "%"})
  void leavesOtherSegmentsAlone(String segment) {
    assertThat(PhoneMask.segment(segment)).isSameAs(segment);
  }

  @Test
  void masksEachSegmentOfAPathAndKeepsItsSlashes() {
    String agent = "/api/v1/agents/5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
    assertThat(PhoneMask.path(agent + "/active-call/%2B15551234567"))
        .isEqualTo(agent + "/active-call/%2B1555***4567");
    assertThat(PhoneMask.path("/v2/api/active-calls/call-_%2B12125556959_fmj5ei"))
        .isEqualTo("/v2/api/active-calls/call-_%2B1212***6959_fmj5ei");
    assertThat(PhoneMask.path("/api/v1/Account/MAFAKE00TESTKIT00001/Call/"))
        .isEqualTo("/api/v1/Account/MAFAKE00TESTKIT00001/Call/");
    assertThat(PhoneMask.path("/")).isEqualTo("/");
    assertThat(PhoneMask.path("/%2B15551234567/%2B15551234567/"))
        .isEqualTo("/%2B1555***4567/%2B1555***4567/");
  }
}
