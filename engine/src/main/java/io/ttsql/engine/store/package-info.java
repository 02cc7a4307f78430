/**
 * Columnar storage of a loaded trace: events in primitive columns ({@link
 * io.ttsql.engine.store.EventColumns}), interned call stacks ({@link
 * io.ttsql.engine.store.StackTable}), server statistics, parse errors and per-file accounting ({@link
 * io.ttsql.engine.store.SourceInfo}). Parsers fill a {@link io.ttsql.engine.store.TraceBuilder} through
 * a reusable {@link io.ttsql.engine.store.EventDraft}, so loading makes no object per event; {@code
 * build()} freezes it into an immutable {@link io.ttsql.engine.store.Trace}.
 */
package io.ttsql.engine.store;
