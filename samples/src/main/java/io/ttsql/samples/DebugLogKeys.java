package io.ttsql.samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What pairing the buffer debug log should find (FORMATS.md 2.5): allocations and deallocations
 * meet on (device, address) in file order, the {@code Buffer*} choosing among the open allocations
 * of an address and the most recent one taken when none has it, unless its size differs too (then
 * the deallocation is another buffer's, and closes nothing). The debug log has no process deaths,
 * so a dead process's buffers stay open there until a deallocation at their address.
 */
final class DebugLogKeys implements LogSink {
  /** One open allocation of the debug log and whether it has shared its address yet. */
  private static final class Open {
    final long bufferPtr;
    final long size;
    boolean overlapped;

    Open(long bufferPtr, long size) {
      this.bufferPtr = bufferPtr;
      this.size = size;
    }
  }

  private final Map<Long, List<Open>> open = new HashMap<>();
  private long freed;
  private long unmatched;
  private long overlapped;

  @Override
  public void allocated(Allocation a, int refCount, boolean decimalId) {
    List<Open> held = open.computeIfAbsent(ProcessState.key(a.device(), a.address()), k -> new ArrayList<>());
    Open added = new Open(a.bufferPtr(), a.size());
    held.add(added);
    if (held.size() > 1) {
      for (Open o : held) {
        if (!o.overlapped) {
          o.overlapped = true;
          overlapped++;
        }
      }
    }
  }

  @Override
  public void freed(Allocation a, ServerTable.Entry stored, int remaining, Release how, boolean decimalId) {
    deallocated(a.device(), a.address(), a.bufferPtr(), a.size());
  }

  @Override
  public void unknownFree(int pid, int device, long address, BufferKind kind, long size, long bufferPtr,
      boolean decimalId) {
    deallocated(device, address, bufferPtr, size);
  }

  private void deallocated(int device, long address, long bufferPtr, long size) {
    List<Open> held = open.get(ProcessState.key(device, address));
    if (held == null || held.isEmpty()) {
      unmatched++;
      return;
    }
    int taken = held.get(held.size() - 1).size == size ? held.size() - 1 : -1;
    for (int i = held.size() - 1; i >= 0; i--) {
      if (held.get(i).bufferPtr == bufferPtr) {
        taken = i;
        break;
      }
    }
    if (taken < 0) {
      unmatched++;
      return;
    }
    held.remove(taken);
    freed++;
  }

  @Override
  public void finish(ServerTable table) {}

  /** Allocations a deallocation closed. */
  long freed() {
    return freed;
  }

  /** Deallocations at an address with no open allocation. */
  long unmatched() {
    return unmatched;
  }

  /** Allocations whose address held another open allocation at some moment. */
  long overlapped() {
    return overlapped;
  }
}
