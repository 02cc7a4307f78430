package io.ttsql.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the buffer debug log (FORMATS.md section 2): one block per allocation, deallocation or
 * destructor, with a stack from {@link StackPool}. Its clock is its own, seeded, so the server
 * log of a run does not depend on whether the debug log is written too.
 */
final class DebugLogWriter implements LogSink {
  private static final byte[] SEPARATOR = LineWriter.utf8("═".repeat(59) + "\n");
  private static final byte[] ALLOCATED = LineWriter.utf8("BUFFER ALLOCATED\n");
  private static final byte[] DEALLOCATED = LineWriter.utf8("BUFFER DEALLOCATED\n");
  private static final byte[] DESTRUCTOR = LineWriter.utf8("BUFFER DESTRUCTOR (still ALLOCATED - will deallocate)\n");
  private static final byte[] TIME = LineWriter.utf8("Time: ");
  private static final byte[] COLON = LineWriter.utf8(":");
  private static final byte[] DEVICE = LineWriter.utf8("Device: ");
  private static final byte[] ADDRESS = LineWriter.utf8("Address: ");
  private static final byte[] OPEN = LineWriter.utf8(" (");
  private static final byte[] CLOSE = LineWriter.utf8(")");
  private static final byte[] SIZE = LineWriter.utf8("Size: ");
  private static final byte[] BYTES = LineWriter.utf8(" bytes (");
  private static final byte[] KB = LineWriter.utf8(" KB)");
  private static final byte[] TYPE = LineWriter.utf8("Type: ");
  private static final byte[] BUFFER_PTR = LineWriter.utf8("Buffer*: ");
  private static final byte[] OWNS_HOOKED = LineWriter.utf8("Owns Data: yes\nHooked: no\n");
  private static final byte[] CALL_STACK = LineWriter.utf8("Call Stack:\n");
  private static final int SECONDS_PER_DAY = 86_400;

  private final LineWriter out;
  private final SplittableRandom clockRandom;
  private final byte[][] stacks = new byte[StackPool.size()][];
  private final int[] stackLines = new int[StackPool.size()];
  private final Map<Long, byte[]> kilobytes = new HashMap<>();
  private long millis;

  DebugLogWriter(OutputStream stream, long seed) {
    this.out = new LineWriter(stream);
    this.clockRandom = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.millis = clockRandom.nextLong(SECONDS_PER_DAY * 1000L);
    for (int i = 0; i < stacks.length; i++) {
      StringBuilder text = new StringBuilder();
      for (String frame : StackPool.frames(i)) {
        text.append("    ").append(frame).append('\n');
      }
      stacks[i] = LineWriter.utf8(text.append('\n').toString());
      stackLines[i] = StackPool.frames(i).size() + 1;
    }
  }

  @Override
  public void allocated(Allocation a, int refCount, boolean decimalId) throws IOException {
    header(ALLOCATED, a.device(), a.address(), a.size(), a.kind(), a.bufferPtr());
    out.lines(OWNS_HOOKED, 2);
    stack(a.stack());
  }

  @Override
  public void freed(Allocation a, ServerTable.Entry stored, int remaining, Release how, boolean decimalId)
      throws IOException {
    if (how == Release.DESTRUCTOR) {
      header(DESTRUCTOR, a.device(), a.address(), a.size(), a.kind(), a.bufferPtr());
      stack(StackPool.DESTRUCTOR);
    }
    header(DEALLOCATED, a.device(), a.address(), a.size(), a.kind(), a.bufferPtr());
    stack(switch (how) {
      case EXPLICIT -> StackPool.DEALLOCATE;
      case DESTRUCTOR -> StackPool.DESTRUCTOR_DEALLOCATE;
      case MESH -> StackPool.MESH_DEALLOCATE;
    });
  }

  @Override
  public void unknownFree(int pid, int device, long address, BufferKind kind, long size, long bufferPtr,
      boolean decimalId) throws IOException {
    header(DEALLOCATED, device, address, size, kind, bufferPtr);
    stack(StackPool.DEALLOCATE);
  }

  @Override
  public void viewDestroyed(Allocation of, long bufferPtr) throws IOException {
    header(DESTRUCTOR, of.device(), of.address(), of.size(), of.kind(), bufferPtr);
    stack(StackPool.VIEW_DESTRUCTOR);
  }

  @Override
  public void finish(ServerTable table) throws IOException {
    out.flush();
  }

  /** Lines written so far. */
  long lines() {
    return out.lineCount();
  }

  /** The separator, the header and the fields every block has, through {@code Buffer*}. */
  private void header(byte[] title, int device, long address, long size, BufferKind kind, long bufferPtr)
      throws IOException {
    millis += clockRandom.nextInt(400);
    int seconds = (int) (millis / 1000 % SECONDS_PER_DAY);
    out.lines(SEPARATOR, 1).lines(title, 1);
    out.text(TIME).twoDigits(seconds / 3600).text(COLON).twoDigits(seconds / 60 % 60).text(COLON)
        .twoDigits(seconds % 60).newline();
    out.text(DEVICE).decimal(device).newline();
    out.text(ADDRESS).hex(address).text(OPEN).decimal(address).text(CLOSE).newline();
    out.text(SIZE).decimal(size).text(BYTES).text(kilobytes.computeIfAbsent(size, DebugLogWriter::kilobytes))
        .text(KB).newline();
    out.text(TYPE).text(kind.debugName()).newline();
    out.text(BUFFER_PTR).hex(bufferPtr).newline();
  }

  /** {@code Call Stack:}, the frames and the empty line that ends the block. */
  private void stack(int index) throws IOException {
    out.lines(CALL_STACK, 1).lines(stacks[index], stackLines[index]);
  }

  private static byte[] kilobytes(long size) {
    return LineWriter.utf8(CFloat.g(size / 1024.0));
  }
}
