package io.ttsql.engine.store;

/**
 * The events of one part of a file while it is parsed, in chunked columns; line numbers count
 * from the part's start until {@link EventColumns#concat} shifts them. Kind, buffer type, presence
 * bits and flags share one int per event ({@link #meta}). All columns advance together, so an
 * event finds its chunk once and then writes each non-zero field with a plain array store.
 */
final class EventChunks {
  static final int KIND_SHIFT = 0;
  static final int TYPE_SHIFT = 8;
  static final int PRESENCE_SHIFT = 16;
  static final int FLAGS_SHIFT = 24;

  final ChunkedColumn meta = new ChunkedColumn(int.class);
  final ChunkedColumn line = new ChunkedColumn(int.class);
  final ChunkedColumn pid = new ChunkedColumn(int.class);
  final ChunkedColumn device = new ChunkedColumn(int.class);
  final ChunkedColumn address = new ChunkedColumn(long.class);
  final ChunkedColumn size = new ChunkedColumn(long.class);
  final ChunkedColumn refCount = new ChunkedColumn(int.class);
  final ChunkedColumn bufferPtr = new ChunkedColumn(long.class);
  final ChunkedColumn timeMillis = new ChunkedColumn(int.class);
  final ChunkedColumn stackId = new ChunkedColumn(int.class);

  private int count;
  private int chunkIndex = -1;
  private int[] metaChunk;
  private int[] lineChunk;
  private int[] pidChunk;
  private int[] deviceChunk;
  private long[] addressChunk;
  private long[] sizeChunk;
  private int[] refCountChunk;
  private long[] bufferPtrChunk;
  private int[] timeChunk;
  private int[] stackChunk;

  /** Appends {@code e}, whose line number counts from the part's start. */
  void add(EventDraft e, int partLine) {
    int i = nextRow(partLine);
    int present = 0;
    if (e.hasPid) {
      present |= EventColumns.PID;
      putPid(i, e.pid);
    }
    if (e.hasDevice) {
      present |= EventColumns.DEVICE;
      putDevice(i, e.device);
    }
    if (e.hasAddress) {
      present |= EventColumns.ADDRESS;
      putAddress(i, e.address);
    }
    if (e.hasSize) {
      present |= EventColumns.SIZE;
      putSize(i, e.size);
    }
    if (e.hasRefCount) {
      present |= EventColumns.REF_COUNT;
      putRefCount(i, e.refCount);
    }
    if (e.hasBufferPtr || e.timeMillis >= 0 || e.stackId >= 0) {
      present |= addDebugFields(e, i);
    }
    int type = e.bufferType == null ? 0 : e.bufferType.ordinal() + 1;
    int flags = flag(e.ownsData, EventColumns.OWNS_DATA) | flag(e.hooked, EventColumns.HOOKED);
    metaChunk[i] = meta(e.kind.ordinal(), type, present, flags);
  }

  /**
   * Appends a one-line server event, which has a pid, device and address and none of the debug
   * log's fields; the fast path of the server parser calls this without a draft.
   *
   * @param type the buffer type's ordinal + 1, or 0 for none
   * @param size the size in bytes, or -1 for NULL (an unknown free)
   * @param refCount the reference count, or -1 for NULL (a bare free)
   */
  void addServerEvent(int kind, int partLine, int pid, int device, int type, long address, long size, int refCount) {
    int i = nextRow(partLine);
    putPid(i, pid);
    putDevice(i, device);
    putAddress(i, address);
    int present = EventColumns.PID | EventColumns.DEVICE | EventColumns.ADDRESS;
    if (size >= 0) {
      putSize(i, size);
      present |= EventColumns.SIZE;
    }
    if (refCount >= 0) {
      putRefCount(i, refCount);
      present |= EventColumns.REF_COUNT;
    }
    metaChunk[i] = meta(kind, type, present, 0);
  }

  /** Starts the next row with its line number; returns its index in the current chunk. */
  private int nextRow(int partLine) {
    int row = count++;
    if (row >>> ChunkedColumn.SHIFT != chunkIndex) {
      nextChunk(row >>> ChunkedColumn.SHIFT);
    }
    int i = row & ChunkedColumn.MASK;
    lineChunk[i] = partLine;
    return i;
  }

  private static int meta(int kind, int type, int present, int flags) {
    return kind << KIND_SHIFT | type << TYPE_SHIFT | present << PRESENCE_SHIFT | flags << FLAGS_SHIFT;
  }

  private void putPid(int i, int value) {
    if (value != 0) {
      (pidChunk != null ? pidChunk : (pidChunk = (int[]) pid.chunk(chunkIndex)))[i] = value;
    }
  }

  private void putDevice(int i, int value) {
    if (value != 0) {
      (deviceChunk != null ? deviceChunk : (deviceChunk = (int[]) device.chunk(chunkIndex)))[i] = value;
    }
  }

  private void putAddress(int i, long value) {
    if (value != 0) {
      (addressChunk != null ? addressChunk : (addressChunk = (long[]) address.chunk(chunkIndex)))[i] = value;
    }
  }

  private void putSize(int i, long value) {
    if (value != 0) {
      (sizeChunk != null ? sizeChunk : (sizeChunk = (long[]) size.chunk(chunkIndex)))[i] = value;
    }
  }

  private void putRefCount(int i, int value) {
    if (value != 0) {
      (refCountChunk != null ? refCountChunk : (refCountChunk = (int[]) refCount.chunk(chunkIndex)))[i] = value;
    }
  }

  /** The fields only the buffer debug log carries; returns their presence bits. */
  private int addDebugFields(EventDraft e, int i) {
    int present = 0;
    if (e.hasBufferPtr) {
      present |= EventColumns.BUFFER_PTR;
      if (e.bufferPtr != 0) {
        (bufferPtrChunk != null ? bufferPtrChunk : (bufferPtrChunk = (long[]) bufferPtr.chunk(chunkIndex)))[i] = e.bufferPtr;
      }
    }
    if (e.timeMillis >= 0) {
      present |= EventColumns.TIME;
      if (e.timeMillis != 0) {
        (timeChunk != null ? timeChunk : (timeChunk = (int[]) timeMillis.chunk(chunkIndex)))[i] = e.timeMillis;
      }
    }
    if (e.stackId >= 0) {
      present |= EventColumns.STACK;
      if (e.stackId != 0) {
        (stackChunk != null ? stackChunk : (stackChunk = (int[]) stackId.chunk(chunkIndex)))[i] = e.stackId;
      }
    }
    return present;
  }

  /** Moves to chunk {@code index}: the always-written columns get their chunk, the others on first use. */
  private void nextChunk(int index) {
    chunkIndex = index;
    metaChunk = (int[]) meta.chunk(index);
    lineChunk = (int[]) line.chunk(index);
    pidChunk = deviceChunk = refCountChunk = timeChunk = stackChunk = null;
    addressChunk = sizeChunk = bufferPtrChunk = null;
  }

  int count() {
    return count;
  }

  /** Shrinks every column's last chunk to its rows (see {@link ChunkedColumn#trim}); no event may be added after. */
  void trim() {
    for (ChunkedColumn column : new ChunkedColumn[] {meta, line, pid, device, address, size, refCount, bufferPtr, timeMillis, stackId}) {
      column.trim(count);
    }
    chunkIndex = -1;
    metaChunk = lineChunk = pidChunk = deviceChunk = refCountChunk = timeChunk = stackChunk = null;
    addressChunk = sizeChunk = bufferPtrChunk = null;
  }

  /** The part's line number of the last event, or 0 when there is none. */
  long lastLine() {
    if (count == 0) {
      return 0;
    }
    int[] chunk = (int[]) line.chunk((count - 1) >>> ChunkedColumn.SHIFT);
    return Integer.toUnsignedLong(chunk[(count - 1) & ChunkedColumn.MASK]);
  }

  /** Two bits per flag: the lower says it is present, the upper holds its value. */
  private static int flag(Boolean value, int bit) {
    return value == null ? 0 : value ? bit | (bit << 1) : bit;
  }
}
