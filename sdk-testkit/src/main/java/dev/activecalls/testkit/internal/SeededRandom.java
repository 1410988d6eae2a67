package dev.activecalls.testkit.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** A seeded source of ids, phone numbers and samples: same seed, same sequence. Thread-safe. */
public final class SeededRandom {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] DIGITS = "0123456789".toCharArray();
  private static final char[] ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final Random random;

  /**
   * Creates a source.
   *
   * @param seed the seed
   */
  public SeededRandom(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Returns lowercase hex digits, e.g. a 24-digit Trillet call id.
   *
   * @param length how many digits
   * @return the text
   */
  public synchronized String hex(int length) {
    return pick(HEX, length);
  }

  /**
   * Returns decimal digits, e.g. a 20-digit Vobiz signature nonce.
   *
   * @param length how many digits
   * @return the text
   */
  public synchronized String digits(int length) {
    return pick(DIGITS, length);
  }

  /**
   * Returns letters and digits, e.g. a room name suffix.
   *
   * @param length how many characters
   * @return the text
   */
  public synchronized String alphanumeric(int length) {
    return pick(ALNUM, length);
  }

  /**
   * Returns a random (version 4 layout) UUID in its lowercase text form.
   *
   * @return the UUID text
   */
  public synchronized String uuid() {
    String h = hex(32);
    char variant = HEX[8 + random.nextInt(4)];
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
        + variant + h.substring(17, 20) + "-" + h.substring(20, 32);
  }

  /**
   * Returns a fictional North American number in E.164, e.g. {@code +14155550123}.
   *
   * @return the phone number
   */
  public synchronized String phone() {
    String[] areas = {"415", "212", "312", "646", "702", "206", "512"};
    return "+1" + areas[random.nextInt(areas.length)] + "555"
        + String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
  }

  /**
   * Returns an element chosen uniformly.
   *
   * @param <T> the element type
   * @param options the choices, not empty
   * @return one of them
   */
  public synchronized <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /**
   * Returns a uniform sample in {@code [0, 1)}.
   *
   * @return the sample
   */
  public synchronized double nextDouble() {
    return random.nextDouble();
  }

  /**
   * Returns an exponentially distributed duration, rounded to whole seconds.
   *
   * @param mean the mean
   * @return the sample, at least zero
   */
  public synchronized Duration exponentialSeconds(Duration mean) {
    double sample = -Math.log(1.0 - random.nextDouble()) * mean.toMillis() / 1000.0;
    return Duration.ofSeconds(Math.round(sample));
  }

  /**
   * Returns an exponentially distributed duration with millisecond precision, e.g. the time to
   * the next arrival of a Poisson process.
   *
   * @param mean the mean
   * @return the sample, at least zero
   */
  public synchronized Duration exponential(Duration mean) {
    double sample = -Math.log(1.0 - random.nextDouble()) * mean.toMillis();
    return Duration.ofMillis(Math.round(sample));
  }

  /**
   * Returns a uniformly distributed whole number of seconds in {@code [min, max]}.
   *
   * @param min the lower bound in seconds
   * @param max the upper bound in seconds
   * @return the sample
   */
  public synchronized Duration uniformSeconds(long min, long max) {
    return Duration.ofSeconds(min + (long) (random.nextDouble() * (max - min + 1)));
  }

  private String pick(char[] alphabet, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = alphabet[random.nextInt(alphabet.length)];
    }
    return new String(out);
  }
}
