/**
 * Benchmarks of the activecalls SDK against a hand-written OkHttp + Moshi baseline, the limit
 * (plain OkHttp, the SDK's own streaming decoders) and Jackson databind. Each JMH class holds an
 * {@code sdk...} method and its {@code baseline...}, {@code limit...} and {@code jackson...}
 * twins, run on the same payload and the same transport, so that {@link
 * dev.activecalls.benchmarks.ResultsTable} can pair them; {@link
 * dev.activecalls.benchmarks.SideBySideBenchmark} runs those methods in turns within each JVM for
 * the table. Not published; run with {@code benchmarks/run.sh}.
 */
package dev.activecalls.benchmarks;
