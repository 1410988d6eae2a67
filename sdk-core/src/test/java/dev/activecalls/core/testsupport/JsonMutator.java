package dev.activecalls.core.testsupport;

import dev.activecalls.core.testsupport.JsonTree.Raw;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Makes hostile tries from a well-formed body (a {@link JsonTree}): edge cases that put each of the
 * most hostile numbers in every field, and seeded random tries of one to five mutations at once
 * (type flips, deletions, duplications, hostile numbers, deep nesting, odd unicode, truncation),
 * with status 200 or an error status.
 */
final class JsonMutator {
  private static final List<Integer> STATUSES = List.of(400, 401, 404, 429, 500, 503);
  private static final List<String> NUMBERS = List.of(
      "0", "-0", "-1", "1.5", "-1.5", "1e3", "2147483648", "-2147483649", "9223372036854775808",
      "123456789012345678901234567890", "1e19", "1e-7", "4.9e-324", "1.7976931348623157e309",
      "NaN", "Infinity", "-Infinity", "1e400000000", "-1e-400000000", "1e-400000000",
      "-1e400000000", "1E+400000000", "9".repeat(5_000), "0." + "0".repeat(4_998) + "1");
  private static final List<String> STRINGS = List.of(
      "\"\\ud800\"", "\"x\\udc00y\"", "\"\\ud83d\"", "\"\\u0000\"", "\"a\\u0000b\"",
      "\"\u2028\u2029\"", "\"\u202Eevil\u202C\"", "\"\uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDC67\"",
      "\"\uFEFF\"", "\"e\u0301\u0327\"", "\"\\r\\nInjected: yes\"", "\"\\u001b[2K\"", "\"\"", "\" \"",
      "\"2024-02-30T25:61:00Z\"", "\"+999999999-12-31T23:59:59Z\"", "\"NaN\"", "\"1e400000000\"",
      "\"" + "\\n\uD83D\uDE00\u2028x".repeat(2_000) + "\"", "\"" + "\\ud800".repeat(2_000) + "\"",
      "\"" + "a".repeat(10_000) + "\"");
  private static final List<String> RETRY_AFTER = List.of(
      "0", "-1", "NaN", "1e400000000", "99999999999999999999", "Wed, 21 Oct 2015 07:28:00 GMT",
      "soon", "");
  private static final List<String> EDGE_NUMBERS =
      List.of("1e400000000", "-1e-400000000", "9".repeat(5_000));
  private static final List<Integer> DEPTHS = List.of(5_000, 1_000, 256, 255, 64);

  private JsonMutator() {}

  /** A place in a tree: a key of a map or an index of a list; the root is index 0 of a holder. */
  private record Slot(Object container, Object key, String path) {
    @Nullable Object get() {
      return container instanceof Map<?, ?> map ? map.get(key) : ((List<?>) container).get((Integer) key);
    }

    @SuppressWarnings("unchecked")
    void set(@Nullable Object value) {
      if (container instanceof Map<?, ?> map) {
        ((Map<Object, Object>) map).put(key, value);
      } else {
        ((List<Object>) container).set((Integer) key, value);
      }
    }

    void delete() {
      if (container instanceof Map<?, ?> map) {
        map.remove(key);
      } else {
        ((List<?>) container).remove((int) (Integer) key);
      }
    }

    @SuppressWarnings("unchecked")
    void duplicate(int n) {
      if (container instanceof Map<?, ?> map) {
        ((Map<Object, Object>) map).put(JsonTree.duplicateKey(key, n), JsonTree.copy(get()));
      } else {
        ((List<Object>) container).add((Integer) key, JsonTree.copy(get()));
      }
    }
  }

  /**
   * Returns the edge cases tried first: the body as a 429 and a 503 with each hostile {@code
   * Retry-After}; and every leaf of the body set, one at a time, to each of the most hostile
   * numbers, so that each of them reaches every field at least once.
   *
   * @param seedBody the well-formed body, as a tree; it is not changed
   * @return the edge cases, always the same for one body
   */
  static List<HostileCase> edgeCases(@Nullable Object seedBody) {
    List<HostileCase> cases = new ArrayList<>();
    for (int status : List.of(429, 503)) {
      for (String retryAfter : RETRY_AFTER) {
        cases.add(new HostileCase(status, retryAfter, JsonTree.write(seedBody, ""),
            List.of("edge case: Retry-After")));
      }
    }
    int leaves = leaves(tree(seedBody)).size();
    for (int leaf = 0; leaf < leaves; leaf++) {
      for (String number : EDGE_NUMBERS) {
        List<@Nullable Object> root = tree(seedBody);
        Slot slot = leaves(root).get(leaf);
        slot.set(new Raw(number));
        cases.add(new HostileCase(200, null, JsonTree.write(root.get(0), ""),
            List.of("edge case: set " + slot.path() + " to " + Excerpt.of(number, 20))));
      }
    }
    return cases;
  }

  /**
   * Makes one random try: a status (200 three times in four), maybe a {@code Retry-After}, and a
   * body of one to five mutations of the seed body or of an error body, sometimes truncated.
   *
   * @param random the try's randomness; the same seed makes the same try
   * @param seedBody the well-formed body, as a tree; it is not changed
   * @param errorBodies the vendor's error bodies, as trees; they are not changed
   * @return the try
   */
  static HostileCase randomCase(
      SplittableRandom random, @Nullable Object seedBody, List<@Nullable Object> errorBodies) {
    int status = random.nextInt(4) == 0 ? pick(random, STATUSES) : 200;
    boolean errorBody = random.nextInt(status == 200 ? 8 : 2) == 0;
    List<@Nullable Object> root = tree(errorBody ? pick(random, errorBodies) : seedBody);
    List<String> steps = new ArrayList<>();
    steps.add(errorBody ? "error body" : "fixture body");
    int mutations = random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(4);
    for (int n = 0; n < mutations && !root.isEmpty(); n++) {
      steps.add(mutate(random, root, n));
    }
    String newline = pick(random, List.of("", "", "\n", "\r\n"));
    String body =
        root.stream().map(value -> JsonTree.write(value, newline)).collect(Collectors.joining());
    if (random.nextInt(10) == 0) {
      int cut = random.nextInt(body.length() + 1);
      body = body.substring(0, cut);
      steps.add("truncate to " + cut + " chars");
    }
    boolean waitHeader = (status == 429 || status == 503) && random.nextBoolean();
    String retryAfter = waitHeader ? pick(random, RETRY_AFTER) : null;
    return new HostileCase(status, retryAfter, body, steps);
  }

  /** Applies one mutation; hostile numbers and strings go to a leaf (a field's value) half the time. */
  private static String mutate(SplittableRandom random, List<@Nullable Object> root, int n) {
    int kind = random.nextInt(7);
    List<Slot> slots = kind >= 5 || kind == 3 && random.nextBoolean() ? leaves(root) : List.of();
    if (slots.isEmpty()) {
      slots = new ArrayList<>();
      slots.add(new Slot(root, 0, "$"));
      slots(root.get(0), "$", slots);
    }
    Slot slot = pick(random, slots);
    Object value = slot.get();
    switch (kind) {
      case 0 -> slot.set(flip(random, value));
      case 1 -> {
        slot.delete();
        return "delete " + slot.path();
      }
      case 2 -> {
        slot.duplicate(n);
        return "duplicate " + slot.path();
      }
      case 3 -> slot.set(new Raw(pick(random, NUMBERS)));
      case 4 -> {
        int depth = pick(random, DEPTHS);
        boolean arrays = random.nextBoolean();
        slot.set(new Raw((arrays ? "[" : "{\"a\":").repeat(depth) + JsonTree.write(value, "")
            + (arrays ? "]" : "}").repeat(depth)));
      }
      default -> {
        String odd = pick(random, STRINGS);
        String text =
            value instanceof String string && random.nextBoolean() ? JsonTree.write(string, "") : null;
        slot.set(new Raw(text == null ? odd : text.substring(0, text.length() - 1) + odd.substring(1)));
      }
    }
    return "set " + slot.path() + " to " + Excerpt.of(JsonTree.write(slot.get(), ""), 60);
  }

  /** Returns a fresh copy of {@code body} in a holder list, the root being its element 0. */
  private static List<@Nullable Object> tree(@Nullable Object body) {
    List<@Nullable Object> root = new ArrayList<>();
    root.add(JsonTree.copy(body));
    return root;
  }

  /** Returns the slots of the tree's leaves: strings, numbers, booleans and nulls. */
  private static List<Slot> leaves(List<@Nullable Object> root) {
    List<Slot> slots = new ArrayList<>();
    slots(root.get(0), "$", slots);
    slots.removeIf(slot -> slot.get() instanceof Map<?, ?> || slot.get() instanceof List<?>);
    return slots;
  }

  private static @Nullable Object flip(SplittableRandom random, @Nullable Object value) {
    List<@Nullable Object> choices = new ArrayList<>(Arrays.asList(
        "text", "", 0.0, -1.0, 1.5, true, false, null, new LinkedHashMap<>(), new ArrayList<>()));
    List<@Nullable Object> wrapped = new ArrayList<>();
    wrapped.add(value);
    choices.add(wrapped);
    Map<String, @Nullable Object> wrapper = new LinkedHashMap<>();
    wrapper.put("value", value);
    choices.add(wrapper);
    if (value instanceof String text && !text.isBlank() && text.strip().matches("[-+0-9.eE]+")) {
      choices.add(new Raw(text.strip())); // "145" becomes 145
    } else if (value instanceof Double || value instanceof Boolean) {
      choices.add(JsonTree.write(value, "")); // 145 becomes "145", true becomes "true"
    }
    return pick(random, choices);
  }

  private static void slots(@Nullable Object container, String path, List<Slot> out) {
    if (container instanceof Map<?, ?> map) {
      for (Object key : List.copyOf(map.keySet())) {
        String child = path + "." + JsonTree.name(key);
        out.add(new Slot(container, key, child));
        slots(map.get(key), child, out);
      }
    } else if (container instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        String child = path + "[" + i + "]";
        out.add(new Slot(container, i, child));
        slots(list.get(i), child, out);
      }
    }
  }

  private static <T> T pick(SplittableRandom random, List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
