package io.ttsql.engine.store;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.model.EventKind;

/** The events of a trace in log order, one primitive column per field; the row number is the seq. */
public final class EventColumns {
  private final IntColumn file = new IntColumn();
  private final LongColumn line = new LongColumn();
  private final IntColumn kind = new IntColumn();
  private final IntColumn pid = new IntColumn();
  private final IntColumn device = new IntColumn();
  private final IntColumn bufferType = new IntColumn();
  private final LongColumn address = new LongColumn();
  private final LongColumn size = new LongColumn();
  private final IntColumn refCount = new IntColumn();
  private final LongColumn bufferPtr = new LongColumn();
  private final IntColumn timeMillis = new IntColumn();
  private final IntColumn stackId = new IntColumn();
  private final IntColumn ownsData = new IntColumn();
  private final IntColumn hooked = new IntColumn();

  /** Appends {@code e} as the next event, read from the file with code {@code fileCode}. */
  void add(EventDraft e, int fileCode) {
    file.add(fileCode);
    line.add(e.line);
    kind.add(e.kind.ordinal());
    addInt(pid, e.hasPid, e.pid);
    addInt(device, e.hasDevice, e.device);
    addInt(bufferType, e.bufferType != null, e.bufferType == null ? 0 : e.bufferType.ordinal());
    addLong(address, e.hasAddress, e.address);
    addLong(size, e.hasSize, e.size);
    addInt(refCount, e.hasRefCount, e.refCount);
    addLong(bufferPtr, e.hasBufferPtr, e.bufferPtr);
    addInt(timeMillis, e.timeMillis >= 0, e.timeMillis);
    addInt(stackId, e.stackId >= 0, e.stackId);
    addFlag(ownsData, e.ownsData);
    addFlag(hooked, e.hooked);
  }

  private static void addFlag(IntColumn column, Boolean flag) {
    addInt(column, flag != null, Boolean.TRUE.equals(flag) ? 1 : 0);
  }

  void trim() {
    for (IntColumn c : new IntColumn[] {file, kind, pid, device, bufferType, refCount, timeMillis, stackId, ownsData, hooked}) {
      c.trim();
    }
    for (LongColumn c : new LongColumn[] {line, address, size, bufferPtr}) {
      c.trim();
    }
  }

  private static void addInt(IntColumn column, boolean present, int value) {
    if (present) {
      column.add(value);
    } else {
      column.addNull();
    }
  }

  private static void addLong(LongColumn column, boolean present, long value) {
    if (present) {
      column.add(value);
    } else {
      column.addNull();
    }
  }

  public int count() {
    return kind.size();
  }

  public int fileCode(int seq) {
    return file.get(seq);
  }

  public long line(int seq) {
    return line.get(seq);
  }

  public EventKind kind(int seq) {
    return EventKind.of(kind.get(seq));
  }

  public IntColumn pid() {
    return pid;
  }

  public IntColumn device() {
    return device;
  }

  /** The buffer type, or null. */
  public BufferType bufferType(int seq) {
    return bufferType.isNull(seq) ? null : BufferType.of(bufferType.get(seq));
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

  /** The debug log's {@code Owns Data} flag as 0 or 1, NULL elsewhere. */
  public IntColumn ownsData() {
    return ownsData;
  }

  /** The debug log's {@code Hooked} flag as 0 or 1, NULL elsewhere. */
  public IntColumn hooked() {
    return hooked;
  }

  /** The interned call stack id, NULL when the event has no stack. */
  public IntColumn stackId() {
    return stackId;
  }
}
