/** The live view of activecalls-java: polls call sources, diffs them, and reports the changes. */
module dev.activecalls.monitor {
  requires transitive dev.activecalls.core;

  exports dev.activecalls.monitor;
}
