/**
 * Columnar storage of a loaded trace: events in primitive columns ({@link
 * io.ttsql.engine.store.EventColumns}), interned call stacks ({@link
 * io.ttsql.engine.store.StackTable}), server statistics, parse errors and per-file accounting ({@link
 * io.ttsql.engine.store.SourceInfo}). Parsers fill one {@link io.ttsql.engine.store.TracePart} per
 * part of a file, through a reusable {@link io.ttsql.engine.store.EventDraft} or straight from the
 * server parser's fast path, so loading makes no object per event; a {@link
 * io.ttsql.engine.store.TraceAssembler} joins the parts in order into an immutable {@link
 * io.ttsql.engine.store.Trace}, whose columns keep the chunks the parts were written into.
 */
package io.ttsql.engine.store;
