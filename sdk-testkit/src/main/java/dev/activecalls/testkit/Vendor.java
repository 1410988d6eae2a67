package dev.activecalls.testkit;

/** The vendors the testkit fakes. */
public enum Vendor {
  /** Trillet: AI voice agents on LiveKit rooms ({@link FakeTrillet}). */
  TRILLET,
  /** Vobiz: a telephony carrier with a Plivo-style API ({@link FakeVobiz}). */
  VOBIZ,
  /** Talkover: AI phone agents ({@link FakeTalkover}). */
  TALKOVER
}
