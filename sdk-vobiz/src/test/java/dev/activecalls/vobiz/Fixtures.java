package dev.activecalls.vobiz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the JSON fixtures under {@code src/test/resources/fixtures}. */
final class Fixtures {
  static final String AUTH_ID = "MA2025RK4E639VJFZAGV";
  static final String AUTH_TOKEN = "tok-SECRET-9f8e7d";
  static final String LEGACY_UUID = "97ceeb52-58b6-11e1-86da-77300b68f8bb";
  static final String CURRENT_UUID = "7b3f0c44-91aa-4f0e-8d2b-6a5e1c9d2f37";

  private Fixtures() {}

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
