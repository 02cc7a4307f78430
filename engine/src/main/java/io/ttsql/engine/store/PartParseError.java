package io.ttsql.engine.store;

/**
 * A parse error as a part records it, its line numbers counting from the part's start: only
 * {@link #inFile} writes them into the text of its reason, once the part's place in the file is known.
 *
 * @param line the line, from the part's start
 * @param reason why it was not understood, without the line it names
 * @param brokenAt the line where the block holding this line broke, from the part's start, or
 *     {@link TracePart#NO_LINE} when the reason names no line
 * @param text the line (at most its first {@link TracePart#MAX_ERROR_TEXT_BYTES} bytes)
 */
record PartParseError(long line, String reason, long brokenAt, String text) {
  /** The error with its lines counted from the file's start: {@code brokenAt} ends the reason as {@code " at line N"}. */
  ParseError inFile(int fileCode, long lineOffset) {
    String fullReason = brokenAt == TracePart.NO_LINE ? reason : reason + " at line " + (brokenAt + lineOffset);
    return new ParseError(fileCode, line + lineOffset, fullReason, text);
  }
}
