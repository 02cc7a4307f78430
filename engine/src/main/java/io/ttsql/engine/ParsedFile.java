package io.ttsql.engine;

import io.ttsql.engine.store.TracePart;
import java.util.List;

/**
 * One file after parsing: its parts in file order, how many lines each read, and the bytes read in all.
 *
 * @param parts the parts, in file order
 * @param partLines the lines of each part
 * @param bytes the bytes read in all (decompressed)
 */
record ParsedFile(List<TracePart> parts, long[] partLines, long bytes) {}
