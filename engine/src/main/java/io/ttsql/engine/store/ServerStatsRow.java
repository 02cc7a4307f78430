package io.ttsql.engine.store;

/**
 * One device's figures in one statistics block of the server log.
 *
 * @param fileCode the index in load order of the file the block is in (0 while it sits in a {@link
 *     TracePart}, whose file the part does not know)
 * @param line the line of the block's title
 * @param afterSeq the seq of the last event before the block, or null if none came before
 * @param stats the device's figures
 * @param activeAllocations the block's active allocations (all devices), or null for a block cut short
 */
public record ServerStatsRow(int fileCode, long line, Long afterSeq, DeviceStats stats, Long activeAllocations) {
  /**
   * This row of a part placed in its trace: in file {@code fileCode}, its line counted from the
   * file's start and its seq from the trace's (a part's -1, no event before it in the part, becomes
   * the last event before the part, or null when there is none).
   */
  ServerStatsRow inFile(int fileCode, long lineOffset, int seqOffset) {
    long seq = afterSeq + seqOffset;
    return new ServerStatsRow(fileCode, line + lineOffset, seq < 0 ? null : seq, stats, activeAllocations);
  }
}
