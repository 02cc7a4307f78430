/**
 * What is derived from a loaded trace, computed once on first use: {@link
 * io.ttsql.engine.analysis.LifetimePairer} pairs each allocation with the free (or debug-log
 * destructor), process exit, server restart or end of log that ended it ({@link
 * io.ttsql.engine.analysis.EndReason}; LIFO per (device, address[, Buffer*]) key, in one pass over
 * the events), and {@link io.ttsql.engine.analysis.CallsiteResolver} finds each stack's first
 * frame outside the buffer plumbing. {@link io.ttsql.engine.analysis.AnalyzedTrace} holds a trace
 * with these results and is what the SQL tables read. {@link io.ttsql.engine.analysis.LiveBytes}
 * sweeps the lifetimes into the bytes each (device, buffer type) held over the event sequence
 * ({@link io.ttsql.engine.analysis.LiveSeries}), for the memory timeline and {@link
 * io.ttsql.engine.analysis.UsagePeaks}; {@link io.ttsql.engine.analysis.AddressSummary} counts
 * per (device, address), over two halves of the events at once ({@code AddressCounts}). {@link
 * io.ttsql.engine.analysis.StatsReplay} replays the server's own key counts at each statistics
 * block ({@code KeyGenerations} of each key, then running {@code DeviceSums}). Keys are numbered by
 * {@code KeyIndex}, an open-addressing table of primitives, never boxed.
 */
package io.ttsql.engine.analysis;
