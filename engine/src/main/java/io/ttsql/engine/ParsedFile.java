package io.ttsql.engine;

import io.ttsql.engine.store.TracePart;
import java.util.List;

/**
 * One file after parsing: its parts in file order and how many lines and bytes each read.
 *
 * @param parts the parts, in file order
 * @param partLines the lines of each part
 * @param bytes the bytes read in all (decompressed)
 */
record ParsedFile(List<TracePart> parts, long[] partLines, long bytes) {}
