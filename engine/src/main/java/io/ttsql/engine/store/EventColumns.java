package io.ttsql.engine.store;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.model.EventKind;
import java.util.List;

/**
 * The events of a trace in log order, one chunked primitive array per field (none for a field no
 * event has, and no chunk where a field is all zero), presence bits per event for NULLs; the row
 * number is the seq.
 */
public final class EventColumns {
  static final int PID = 1;
  static final int DEVICE = 1 << 1;
  static final int ADDRESS = 1 << 2;
  static final int SIZE = 1 << 3;
  static final int REF_COUNT = 1 << 4;
  static final int BUFFER_PTR = 1 << 5;
  static final int TIME = 1 << 6;
  static final int STACK = 1 << 7;
  static final int OWNS_DATA = 1;
  static final int HOOKED = 1 << 2;
  /** The rows {@code seq & CHUNK_MASK} index in the arrays of {@link #metaChunkOf} and the columns' {@code chunkOf}. */
  public static final int CHUNK_MASK = ChunkedColumn.MASK;

  private final int count;
  private final int[] fileStarts;
  private final int[][] meta;
  private final int[][] line;
  private final IntColumn pid;
  private final IntColumn device;
  private final LongColumn address;
  private final LongColumn size;
  private final IntColumn refCount;
  private final LongColumn bufferPtr;
  private final IntColumn timeMillis;
  private final IntColumn stackId;
  private final FlagColumn ownsData;
  private final FlagColumn hooked;

  private EventColumns(int count, int[] fileStarts, Parts parts) {
    this.count = count;
    this.fileStarts = fileStarts;
    meta = parts.meta();
    line = parts.lines();
    MetaBits presence = new MetaBits(meta, EventChunks.PRESENCE_SHIFT);
    MetaBits flags = new MetaBits(meta, EventChunks.FLAGS_SHIFT);
    pid = new IntColumn(parts.ints(c -> c.pid), presence, PID);
    device = new IntColumn(parts.ints(c -> c.device), presence, DEVICE);
    address = new LongColumn(parts.longs(c -> c.address), presence, ADDRESS);
    size = new LongColumn(parts.longs(c -> c.size), presence, SIZE);
    refCount = new IntColumn(parts.ints(c -> c.refCount), presence, REF_COUNT);
    bufferPtr = new LongColumn(parts.longs(c -> c.bufferPtr), presence, BUFFER_PTR);
    timeMillis = new IntColumn(parts.ints(c -> c.timeMillis), presence, TIME);
    stackId = new IntColumn(parts.stacks(), presence, STACK);
    ownsData = new FlagColumn(flags, OWNS_DATA);
    hooked = new FlagColumn(flags, HOOKED);
  }

  /**
   * Joins the parts of every file into one set of columns, column by column: the parts' chunks
   * become the columns' chunks, shifted in place where a part starts inside a chunk, so joining
   * takes no new memory.
   *
   * @param parts the parts in log order
   * @param fileStarts the seq of each file's first event, in file order
   */
  static EventColumns concat(List<PartEvents> parts, int[] fileStarts) {
    return new EventColumns(Parts.total(parts), fileStarts, new Parts(parts));
  }

  public int count() {
    return count;
  }

  /** The index of the file (in load order) that event {@code seq} was read from. */
  public int fileCode(int seq) {
    return IntList.lastIndexAtOrBelow(fileStarts, fileStarts.length, seq);
  }

  public long line(int seq) {
    return Integer.toUnsignedLong(line[seq >>> ChunkedColumn.SHIFT][seq & ChunkedColumn.MASK]);
  }

  public EventKind kind(int seq) {
    return kindIn(meta(seq));
  }

  /** The buffer type, or null. */
  public BufferType bufferType(int seq) {
    return bufferTypeIn(meta(seq));
  }

  private int meta(int seq) {
    return meta[seq >>> ChunkedColumn.SHIFT][seq & ChunkedColumn.MASK];
  }

  /**
   * The meta ints (kind, buffer type, which columns have a value) of the chunk of rows holding
   * {@code seq}, at index {@code seq & CHUNK_MASK}: with the columns' {@code chunkOf}, for passes
   * over millions of events that cannot afford a call per value. Read only.
   */
  public int[] metaChunkOf(int seq) {
    return meta[seq >>> ChunkedColumn.SHIFT];
  }

  /** The seq after the last one of the chunk holding {@code seq}, or {@code to} if that comes first. */
  public static int chunkEnd(int seq, int to) {
    return (int) Math.min(to, (seq | ChunkedColumn.MASK) + 1L);
  }

  /** The kind of the event whose meta int is {@code rowMeta}. */
  public static EventKind kindIn(int rowMeta) {
    return EventKind.of((rowMeta >>> EventChunks.KIND_SHIFT) & 0xff);
  }

  /** The buffer type of the event whose meta int is {@code rowMeta}, or null. */
  public static BufferType bufferTypeIn(int rowMeta) {
    int code = (rowMeta >>> EventChunks.TYPE_SHIFT) & 0xff;
    return code == 0 ? null : BufferType.of(code - 1);
  }

  public IntColumn pid() {
    return pid;
  }

  public IntColumn device() {
    return device;
  }

  public LongColumn address() {
    return address;
  }

  public LongColumn size() {
    return size;
  }

  public IntColumn refCount() {
    return refCount;
  }

  public LongColumn bufferPtr() {
    return bufferPtr;
  }

  /** Milliseconds since midnight (the debug log's HH:MM:SS), NULL for the server log. */
  public IntColumn timeMillis() {
    return timeMillis;
  }

  /** The interned call stack id, NULL when the event has no stack. */
  public IntColumn stackId() {
    return stackId;
  }

  /** The debug log's {@code Owns Data} flag, NULL elsewhere. */
  public FlagColumn ownsData() {
    return ownsData;
  }

  /** The debug log's {@code Hooked} flag, NULL elsewhere. */
  public FlagColumn hooked() {
    return hooked;
  }
}
