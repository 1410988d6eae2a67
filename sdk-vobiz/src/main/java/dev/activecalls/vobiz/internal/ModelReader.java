package dev.activecalls.vobiz.internal;

import dev.activecalls.core.internal.Json;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.LiveCallList;
import java.time.ZoneId;

/** SHIM, replaced by the streaming ModelReader on merge. */
public final class ModelReader {
  private final LiveCallDecoders d;

  public ModelReader(ZoneId zone) {
    d = new LiveCallDecoders(Json.moshi(zone));
  }

  public ResponseDecoder<LiveCall> liveCall(String uuid) {
    return d.liveCall(uuid);
  }

  public ResponseDecoder<LiveCallList> liveCallList() {
    return d.liveCallList();
  }
}
