package dev.activecalls.talkover.internal;

import dev.activecalls.core.internal.Json;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.talkover.ActiveCall;
import java.util.List;

/** SHIM, replaced by the streaming ModelReader on merge. */
public final class ModelReader {
  public static final ResponseDecoder<List<ActiveCall>> ACTIVE_CALLS = new ActiveCallsDecoder(Json.moshi());

  private ModelReader() {}
}
