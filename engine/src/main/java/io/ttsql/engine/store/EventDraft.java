package io.ttsql.engine.store;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.model.EventKind;

/**
 * The fields of one event while a parser reads it; reused from event to event so parsing makes
 * no object per event. Unset fields are NULL.
 */
public final class EventDraft {
  EventKind kind;
  long line;
  int pid;
  boolean hasPid;
  int device;
  boolean hasDevice;
  BufferType bufferType;
  long address;
  boolean hasAddress;
  long size;
  boolean hasSize;
  int refCount;
  boolean hasRefCount;
  long bufferPtr;
  boolean hasBufferPtr;
  int timeMillis = -1;
  int stackId = -1;
  Boolean ownsData;
  Boolean hooked;

  /** Starts a new event of {@code kind} at 1-based {@code line}, clearing every other field. */
  public EventDraft start(EventKind kind, long line) {
    this.kind = kind;
    this.line = line;
    hasPid = hasDevice = hasAddress = hasSize = hasRefCount = hasBufferPtr = false;
    bufferType = null;
    timeMillis = -1;
    stackId = -1;
    ownsData = null;
    hooked = null;
    return this;
  }

  public EventDraft pid(int value) {
    pid = value;
    hasPid = true;
    return this;
  }

  public EventDraft device(int value) {
    device = value;
    hasDevice = true;
    return this;
  }

  public EventDraft bufferType(BufferType value) {
    bufferType = value;
    return this;
  }

  public EventDraft address(long value) {
    address = value;
    hasAddress = true;
    return this;
  }

  public EventDraft size(long value) {
    size = value;
    hasSize = true;
    return this;
  }

  public EventDraft refCount(int value) {
    refCount = value;
    hasRefCount = true;
    return this;
  }

  public EventDraft bufferPtr(long value) {
    bufferPtr = value;
    hasBufferPtr = true;
    return this;
  }

  /** Time of day in milliseconds since midnight. */
  public EventDraft timeMillis(int value) {
    timeMillis = value;
    return this;
  }

  /** The debug log's {@code Owns Data} flag. */
  public EventDraft ownsData(boolean value) {
    ownsData = value;
    return this;
  }

  /** The debug log's {@code Hooked} flag (a graph-capture buffer with no real address). */
  public EventDraft hooked(boolean value) {
    hooked = value;
    return this;
  }

  /** The interned call stack, or -1 for none. */
  public EventDraft stackId(int value) {
    stackId = value;
    return this;
  }
}
