/**
 * Sample logs and a generator of larger ones, depending on nothing but the JDK.
 *
 * <p>{@link io.ttsql.samples.BundledSamples} opens the two hand-made logs packaged in the jar
 * ({@code debug.log} and {@code tt_buffer_debug.log}; their stories and expected answers are in
 * the module's README). {@link io.ttsql.samples.LogGenerator} is the entry point of the generator,
 * from the command line or from tests and benchmarks: a seeded {@code Simulation} of client
 * processes on an 8-device mesh drives one {@code LogSink} per format ({@code ServerLogWriter},
 * {@code DebugLogWriter}), keeps the server's key table ({@code ServerTable}) and counts what
 * ttsql should find, returned as a {@link io.ttsql.samples.GeneratedRun}. Start reading at
 * {@code Simulation.step()}; lines are written as bytes by {@code LineWriter}, floats as C's
 * {@code %g} by {@code CFloat}, stacks come from the fixed {@code StackPool}.
 */
package io.ttsql.samples;
