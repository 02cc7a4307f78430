package io.ttsql.engine.store;

/**
 * A line no template matched.
 *
 * @param fileCode the file's index in load order
 * @param line the 1-based line number in the file
 * @param reason why it was not understood
 * @param text the line (at most its first {@link TracePart#MAX_ERROR_TEXT_BYTES} bytes), invalid UTF-8 as U+FFFD
 */
public record ParseError(int fileCode, long line, String reason, String text) {}
