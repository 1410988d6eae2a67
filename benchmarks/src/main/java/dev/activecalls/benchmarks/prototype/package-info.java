/**
 * Prototypes of proposed sdk-core and vendor-module changes, written here (the benchmarks module
 * may not change the SDK) so that their effect can be measured with {@code PrototypeBenchmark}
 * before they are ported. Each class names the SDK file and method it would replace. They decode
 * exactly what the SDK decodes; {@code PrototypeEquivalenceTest} checks that on the benchmark
 * payloads and on a large set of timestamps.
 */
package dev.activecalls.benchmarks.prototype;
