package io.ttsql.engine.store;

/**
 * One device's figures in one statistics block of the server log.
 *
 * @param line the line of the block's title
 * @param afterSeq the seq of the last event before the block, or null if none came before
 * @param stats the device's figures
 * @param activeAllocations the block's active allocations (all devices), or null for a block cut short
 */
public record ServerStatsRow(long line, Long afterSeq, DeviceStats stats, Long activeAllocations) {}
