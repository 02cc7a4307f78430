package io.ttsql.engine.store;

/**
 * The events of one parsed part of a file, with what joining parts needs.
 *
 * @param events the part's events
 * @param lineOffset lines of the file before the part, added to its part-relative line numbers
 * @param stackMap the trace's stack id of each of the part's own stack ids
 */
record PartEvents(EventChunks events, int lineOffset, int[] stackMap) {}
