package dev.activecalls.trillet.internal;

import dev.activecalls.core.internal.Json;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.trillet.ActiveCallDetails;
import dev.activecalls.trillet.ActiveCallList;

/** SHIM, replaced by the streaming ModelReader on merge. */
public final class ModelReader {
  public static final ResponseDecoder<ActiveCallList> LIST;
  public static final ResponseDecoder<ActiveCallDetails> DETAILS;

  static {
    ResponseDecoder<WireModels.CallList> l = ResponseDecoder.of(Json.moshi().adapter(WireModels.CallList.class));
    ResponseDecoder<WireModels.CallDetails> d = ResponseDecoder.of(Json.moshi().adapter(WireModels.CallDetails.class));
    LIST = r -> ModelMapper.list(l.decode(r));
    DETAILS = r -> ModelMapper.details(d.decode(r));
  }

  private ModelReader() {}
}
