package dev.activecalls.benchmarks;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import okio.Buffer;

/**
 * The response bodies the benchmarks serve: the vendors' documented examples (from the seed pages,
 * kept as resources next to this class) and large generated Trillet lists.
 */
public final class Payloads {
  /** Trillet {@code GET /v2/api/active-calls}: seed 000's example, one call. */
  public static final String TRILLET_LIST = "trillet-list.json";
  /** Vobiz live call, legacy shape: seed 003's example, without its {@code //} comment. */
  public static final String VOBIZ_LEGACY = "vobiz-live-legacy.json";
  /** Vobiz live call, current flat shape as DESIGN.md describes it. */
  public static final String VOBIZ_CURRENT = "vobiz-live-current.json";
  /** Talkover {@code GET /api/v1/agents/{agent_id}/active-call/{phone}}: seed 004's example. */
  public static final String TALKOVER_ACTIVE_CALL = "talkover-active-call.json";

  /** The call UUID in both Vobiz payloads. */
  public static final String VOBIZ_CALL_UUID = "97ceeb52-58b6-11e1-86da-77300b68f8bb";
  /** The agent id in the Talkover payload. */
  public static final String TALKOVER_AGENT_ID = "agent-uuid";
  /** The phone number in the Talkover payload. */
  public static final String TALKOVER_PHONE = "+15551234567";

  private static final String[] FIRST_NAMES = {
    "John", "Maria", "Wei", "Aisha", "Carlos", "Yuki", "Olga", "Kwame", "Priya", "Liam", "Zoë", "José"
  };
  private static final String[] LAST_NAMES = {
    "Doe", "García", "Chen", "Khan", "Silva", "Tanaka", "Ivanova", "Mensah", "Patel", "O'Brien"
  };
  private static final String[] AGENTS = {
    "Customer Support Agent", "Billing Assistant", "Appointment Scheduler", "Sales Qualifier",
    "After-hours Receptionist"
  };
  private static final String[] SENTIMENTS = {"positive", "neutral", "negative"};
  private static final String[] MESSAGES = {
    "Sure, I can help you with that!",
    "Could you confirm the last four digits of your card?",
    "I've moved your appointment to Tuesday at 3:30 PM.",
    "Let me transfer you to a specialist \u2014 one moment please.",
    "Your order #48213 shipped yesterday and should arrive Friday.",
    "I'm sorry to hear that. Can you tell me more about the \"error\" you saw?",
    "Is there anything else I can help you with today?",
    "Thanks for waiting, I found your account."
  };
  private static final String HEX = "0123456789abcdef";
  /** Trillet's timestamp form: always three fraction digits, like {@code 2024-06-01T10:00:00.000Z}. */
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private Payloads() {}

  /**
   * Returns a resource payload's bytes.
   *
   * @param name one of the constants of this class
   * @return the UTF-8 JSON
   */
  public static byte[] resource(String name) {
    try (InputStream in = Payloads.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No payload resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Generates a Trillet list body with {@code calls} calls and realistic values: 24-hex ids, the
   * room-name forms seen in the wild, phone and web calls (web calls have no phone), names with
   * accents and quotes, all three sentiments and some nulls, and two participants per call with
   * millisecond timestamps. The same {@code seed} always gives the same bytes.
   *
   * @param calls how many calls
   * @param seed the random seed
   * @return the UTF-8 JSON
   */
  public static byte[] trilletList(int calls, long seed) {
    Random random = new Random(seed);
    Instant now = Instant.parse("2024-06-01T10:02:25.000Z");
    Buffer out = new Buffer();
    try (JsonWriter json = JsonWriter.of(out)) {
      json.beginObject();
      json.name("data").beginArray();
      for (int i = 0; i < calls; i++) {
        boolean web = random.nextInt(4) == 0;
        String phone = "+1" + (2 + random.nextInt(8)) + digits(random, 9);
        long duration = random.nextInt(3600);
        Instant started = now.minusSeconds(duration);
        json.beginObject();
        json.name("id").value(hex(random, 24));
        json.name("roomName").value(roomName(random, web, phone, i));
        json.name("customerPhone");
        if (web) {
          json.nullValue();
        } else {
          json.value(phone);
        }
        json.name("customerName");
        if (random.nextInt(5) == 0) {
          json.nullValue();
        } else {
          json.value(pick(random, FIRST_NAMES) + ' ' + pick(random, LAST_NAMES));
        }
        json.name("aiAgentName").value(pick(random, AGENTS));
        json.name("duration").value(duration);
        json.name("status").value("active");
        json.name("sentiment");
        if (random.nextInt(6) == 0) {
          json.nullValue();
        } else {
          json.value(pick(random, SENTIMENTS));
        }
        json.name("lastMessage").value(pick(random, MESSAGES));
        json.name("transferRequested").value(random.nextInt(10) == 0);
        json.name("type").value(web ? "web" : "phone");
        json.name("participants").beginArray();
        participant(json, "agent-" + digits(random, 3), true, started);
        participant(json, (web ? "web-" : "customer-") + digits(random, 6), false,
            started.plusMillis(200 + random.nextInt(3000)));
        json.endArray();
        json.endObject();
      }
      json.endArray();
      json.name("count").value(calls);
      json.name("timestamp").value(MILLIS.format(now));
      json.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.readByteArray();
  }

  private static void participant(JsonWriter json, String identity, boolean agent, Instant joinedAt)
      throws IOException {
    json.beginObject();
    json.name("identity").value(identity);
    json.name("isAgent").value(agent);
    json.name("joinedAt").value(MILLIS.format(joinedAt));
    json.endObject();
  }

  private static String roomName(Random random, boolean web, String phone, int i) {
    if (web) {
      return "web-genericAgent-call" + (1000 + i);
    }
    return random.nextBoolean()
        ? "call-" + alnum(random, 6).toLowerCase(Locale.ROOT)
        : "call-_" + phone + '_' + alnum(random, 6);
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String hex(Random random, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(HEX.charAt(random.nextInt(16)));
    }
    return out.toString();
  }

  private static String alnum(Random random, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
    }
    return out.toString();
  }

  private static String digits(Random random, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }
}
