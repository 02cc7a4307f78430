package io.ttsql.samples;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The allocation server's table (FORMATS.md 1.14): one entry per (device, address) key with the
 * first allocation's size, type and owner and a reference count; per-device totals for the
 * statistics blocks. It also counts the lifetimes that ttsql will call overlapped: those whose key
 * held another open allocation at the same time.
 */
final class ServerTable {
  /** One key: what the server stored at its first allocation, and its reference count. */
  static final class Entry {
    final int device;
    final long address;
    final long size;
    final BufferKind kind;
    final int owner;
    int count;
    /** True while the key holds a single lifetime that never shared it. */
    boolean alone;

    Entry(int device, long address, long size, BufferKind kind, int owner) {
      this.device = device;
      this.address = address;
      this.size = size;
      this.kind = kind;
      this.owner = owner;
    }
  }

  /** What a dead process lost: keys, bytes stored in them and the lifetimes they held. */
  record Removal(int keys, long bytes, long lifetimes) {}

  private final Map<Long, Entry> entries = new LinkedHashMap<>();
  private final int[] buffers;
  private final long[] dramBytes;
  private final long[] l1Bytes;
  private final long[] totalBytes;
  private long overlapped;

  ServerTable(int devices) {
    buffers = new int[devices];
    dramBytes = new long[devices];
    l1Bytes = new long[devices];
    totalBytes = new long[devices];
  }

  /** Records an allocation message; returns the key's reference count after it. */
  int allocate(Allocation a) {
    long key = ProcessState.key(a.device(), a.address());
    Entry e = entries.get(key);
    if (e == null) {
      e = new Entry(a.device(), a.address(), a.size(), a.kind(), a.pid());
      e.alone = true;
      entries.put(key, e);
      account(e, 1);
    } else {
      overlapped += e.alone ? 2 : 1;
      e.alone = false;
    }
    return ++e.count;
  }

  /** Records a free message: the key's entry with its count lowered, or null if the key is not held. */
  Entry free(int device, long address) {
    long key = ProcessState.key(device, address);
    Entry e = entries.get(key);
    if (e != null && --e.count == 0) {
      entries.remove(key);
      account(e, -1);
    }
    return e;
  }

  /** True if the server holds {@code (device, address)}. */
  boolean holds(int device, long address) {
    return entries.containsKey(ProcessState.key(device, address));
  }

  /** Drops every key owned by {@code pid}, as the dead-process cleanup does. */
  Removal removeOwner(int pid) {
    int keys = 0;
    long bytes = 0;
    long lifetimes = 0;
    for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
      Entry e = it.next();
      if (e.owner == pid) {
        keys++;
        bytes += e.size;
        lifetimes += e.count;
        account(e, -1);
        it.remove();
      }
    }
    return new Removal(keys, bytes, lifetimes);
  }

  /** The entries in the order their keys were created. */
  Iterable<Entry> entries() {
    return entries.values();
  }

  int size() {
    return entries.size();
  }

  int devices() {
    return buffers.length;
  }

  int buffers(int device) {
    return buffers[device];
  }

  long dramBytes(int device) {
    return dramBytes[device];
  }

  long l1Bytes(int device) {
    return l1Bytes[device];
  }

  long totalBytes(int device) {
    return totalBytes[device];
  }

  /** Lifetimes so far whose key was shared at some moment with another open allocation. */
  long overlapped() {
    return overlapped;
  }

  private void account(Entry e, int sign) {
    buffers[e.device] += sign;
    totalBytes[e.device] += sign * e.size;
    if (e.kind == BufferKind.DRAM) {
      dramBytes[e.device] += sign * e.size;
    } else if (e.kind == BufferKind.L1) {
      l1Bytes[e.device] += sign * e.size;
    }
  }
}
