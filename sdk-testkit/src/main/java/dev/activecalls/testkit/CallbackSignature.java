package dev.activecalls.testkit;

/**
 * How {@link FakeVobiz#sendCallback(String, java.util.Map, CallbackSignature)} signs a callback,
 * to test that an endpoint accepts Vobiz's callbacks and refuses forged ones.
 */
public enum CallbackSignature {
  /** Signed as Vobiz signs: V2 and V3 with the fake's auth token, each with its own nonce. */
  VALID,
  /** The same headers, signed with another key: a forgery the endpoint must refuse. */
  BAD,
  /** No signature or nonce headers at all. */
  NONE
}
