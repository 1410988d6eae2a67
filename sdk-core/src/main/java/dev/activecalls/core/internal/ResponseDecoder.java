package dev.activecalls.core.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;

/**
 * Turns a success response body into the endpoint's result.
 *
 * @param <T> the result type
 */
@FunctionalInterface // decode; rejectErrorBody has a default
public interface ResponseDecoder<T> {

  /**
   * Decodes the body.
   *
   * @param reader a lenient reader over the whole body (comments and unknown fields allowed)
   * @return the result, never null
   * @throws IOException if the body is not JSON
   * @throws JsonDataException if the JSON does not have the expected shape
   * @throws ErrorInBodyException if the body reports an error despite the success status
   */
  T decode(JsonReader reader) throws IOException;

  /**
   * Looks again at a body that {@link #decode} failed on, for the error it may report: a vendor
   * whose error bodies come with a success status can find the error even when a field of an
   * unexpected type stopped the decoding, so the vendor's error is not hidden behind a decoding
   * failure. The pipeline calls this only for a body of at most 64 KiB (error bodies are small).
   * By default a body is not an error.
   *
   * @param body a fresh lenient reader over the whole body
   * @throws ErrorInBodyException if the body reports an error
   * @throws IOException if the body is not JSON; the original decoding failure is reported then
   */
  default void rejectErrorBody(JsonReader body) throws IOException {}
}
