/**
 * JMH benchmarks of the activecalls SDK against a hand-written OkHttp + Moshi baseline. Each
 * benchmark class holds an {@code sdk...} method and its {@code baseline...} twin, run on the same
 * payload and the same transport, so that {@link dev.activecalls.benchmarks.ResultsTable} can pair
 * them. Not published; run with {@code benchmarks/run.sh}.
 */
package dev.activecalls.benchmarks;
