package io.ttsql.engine.store;

/**
 * The events of one part of a file while it is parsed, in chunked columns; line numbers count
 * from the part's start until {@link EventColumns#concat} shifts them. Kind, buffer type, presence
 * bits and flags share one int per event ({@link #meta}), so an event costs few writes.
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

  /** Appends {@code e}, whose line number counts from the part's start. */
  void add(EventDraft e, int partLine) {
    int present = 0;
    line.addInt(partLine);
    if (e.hasPid) {
      pid.addInt(e.pid);
      present |= EventColumns.PID;
    } else {
      pid.addInt(0);
    }
    if (e.hasDevice) {
      device.addInt(e.device);
      present |= EventColumns.DEVICE;
    } else {
      device.addInt(0);
    }
    address.addLong(e.hasAddress ? e.address : 0);
    size.addLong(e.hasSize ? e.size : 0);
    refCount.addInt(e.hasRefCount ? e.refCount : 0);
    bufferPtr.addLong(e.hasBufferPtr ? e.bufferPtr : 0);
    timeMillis.addInt(Math.max(0, e.timeMillis));
    stackId.addInt(Math.max(0, e.stackId));
    present |= (e.hasAddress ? EventColumns.ADDRESS : 0) | (e.hasSize ? EventColumns.SIZE : 0)
        | (e.hasRefCount ? EventColumns.REF_COUNT : 0) | (e.hasBufferPtr ? EventColumns.BUFFER_PTR : 0)
        | (e.timeMillis >= 0 ? EventColumns.TIME : 0) | (e.stackId >= 0 ? EventColumns.STACK : 0);
    int type = e.bufferType == null ? 0 : e.bufferType.ordinal() + 1;
    int flags = flag(e.ownsData, EventColumns.OWNS_DATA) | flag(e.hooked, EventColumns.HOOKED);
    meta.addInt(e.kind.ordinal() << KIND_SHIFT | type << TYPE_SHIFT | present << PRESENCE_SHIFT | flags << FLAGS_SHIFT);
  }

  int count() {
    return meta.size();
  }

  /** Two bits per flag: the lower says it is present, the upper holds its value. */
  private static int flag(Boolean value, int bit) {
    return value == null ? 0 : value ? bit | (bit << 1) : bit;
  }
}
