package dev.activecalls.vobiz.internal;

import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.JsonBody;
import dev.activecalls.core.internal.PathSegments;
import dev.activecalls.vobiz.HangupRequest;
import dev.activecalls.vobiz.HungUpCall;
import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.LiveCallList;
import dev.activecalls.vobiz.TransferRequest;
import dev.activecalls.vobiz.TransferredCall;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The requests of one account's call endpoints, below {@code /api/v1/Account/{auth_id}/Call/}
 * (PascalCase, trailing slash: Vobiz answers 401 otherwise), for the live and the queued views
 * alike: they differ only in the {@code status} they ask for.
 */
public final class CallRequests {
  /** The {@code status} of the live endpoints. */
  static final String LIVE = "live";
  /** The {@code status} of the queued endpoints. */
  static final String QUEUED = "queued";

  private final String encodedAuthId;
  private final ZoneId timestampZone;
  // Made on the first request, not with the client: the decoders' set-up is not needed to build
  // one. Racy but safe: a ModelReader is immutable, so at worst two threads each make one.
  private @Nullable ModelReader models;

  /**
   * Describes the endpoints of one account.
   *
   * @param authId the account's Auth ID, not yet encoded
   * @param timestampZone the zone of timestamps Vobiz writes without an offset
   * @throws IllegalArgumentException if {@code authId} cannot be a path segment
   */
  public CallRequests(String authId, ZoneId timestampZone) {
    this.encodedAuthId = PathSegments.encode("authId", authId);
    this.timestampZone = Objects.requireNonNull(timestampZone, "timestampZone");
  }

  private ModelReader models() {
    ModelReader reader = models;
    if (reader == null) {
      reader = new ModelReader(timestampZone);
      models = reader;
    }
    return reader;
  }

  /** {@code GET .../Call/?status={status}}: the UUIDs of the calls in that status. */
  ApiRequest<LiveCallList> list(String status) {
    // The empty last segment gives the trailing slash of Vobiz's documented paths.
    return ApiRequest.get(models().liveCallList(), "api", "v1", "Account", encodedAuthId, "Call", "")
        .withQuery("status", status);
  }

  /** {@code GET .../Call/{call_uuid}/?status={status}}: one call in that status. */
  ApiRequest<LiveCall> one(String callUuid, String status) {
    return ApiRequest.get(models().liveCall(callUuid), "api", "v1", "Account", encodedAuthId, "Call",
            PathSegments.encode("callUuid", callUuid), "")
        .withQuery("status", status);
  }

  /**
   * {@code DELETE .../Call/{call_uuid}/}: hangs up a live call or cancels a queued one. A 404 on a
   * retry after an attempt that got no answer is the call gone, most likely by that attempt.
   */
  ApiRequest<HungUpCall> hangup(HangupRequest request) {
    String callUuid = Objects.requireNonNull(request, "request").callUuid();
    HungUpCall gone = new HungUpCall(callUuid, false);
    return ApiRequest.delete(models().hungUp(callUuid), "api", "v1", "Account", encodedAuthId, "Call",
            PathSegments.encode("callUuid", callUuid), "")
        .withGoneOnRetry(() -> gone);
  }

  /**
   * {@code POST .../Call/{call_uuid}/} with exactly the fields the request sets. A POST: core's
   * retry policy retries it only after a 429 or a connection never made.
   */
  ApiRequest<TransferredCall> transfer(TransferRequest request) {
    Objects.requireNonNull(request, "request");
    Map<String, @Nullable Object> fields = new LinkedHashMap<>();
    TransferRequest.Legs legs = request.legs();
    fields.put("legs", legs == null ? null : legs.wireValue());
    fields.put("aleg_url", request.alegUrl());
    fields.put("aleg_method", request.alegMethod());
    fields.put("bleg_url", request.blegUrl());
    fields.put("bleg_method", request.blegMethod());
    return ApiRequest.post(models().transferred(request.callUuid()), "api", "v1", "Account", encodedAuthId, "Call",
            PathSegments.encode("callUuid", request.callUuid()), "")
        .withJsonBody(JsonBody.object(fields));
  }
}
