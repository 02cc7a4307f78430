package io.ttsql.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes the allocation server log (FORMATS.md section 1): start-up, events, blocks, shutdown. */
final class ServerLogWriter implements LogSink {
  private static final byte[] ALLOC = LineWriter.utf8("✓ [PID ");
  private static final byte[] ALLOCATED = LineWriter.utf8("] Allocated ");
  private static final byte[] BYTES_OF = LineWriter.utf8(" bytes of ");
  private static final byte[] ON_DEVICE = LineWriter.utf8(" on device ");
  private static final byte[] BUFFER_ID = LineWriter.utf8(" (buffer_id=");
  private static final byte[] REF_COUNT = LineWriter.utf8(", ref_count=");
  private static final byte[] CLOSE = LineWriter.utf8(")");
  private static final byte[] FREE = LineWriter.utf8("✗ [PID ");
  private static final byte[] FREED_BUFFER = LineWriter.utf8("] Freed buffer ");
  private static final byte[] OPEN = LineWriter.utf8(" (");
  private static final byte[] BYTES_FINAL = LineWriter.utf8(" bytes, FINAL)");
  private static final byte[] BYTES_REF_COUNT = LineWriter.utf8(" bytes, ref_count=");
  private static final byte[] REMAINING = LineWriter.utf8(" remaining)");
  private static final byte[] UNKNOWN = LineWriter.utf8("⚠ [PID ");
  private static final byte[] UNKNOWN_BUFFER = LineWriter.utf8("] Deallocation for unknown buffer ");
  private static final byte[] BEFORE_TRACKING = LineWriter.utf8(" (allocated before tracking started)");

  private final LineWriter out;
  private final ServerBlocks blocks;

  ServerLogWriter(OutputStream stream) {
    this.out = new LineWriter(stream);
    this.blocks = new ServerBlocks(out);
  }

  @Override
  public void start(boolean umdDetection) throws IOException {
    blocks.startup(umdDetection);
  }

  @Override
  public void allocated(Allocation a, int refCount, boolean decimalId) throws IOException {
    out.text(ALLOC).decimal(a.pid()).text(ALLOCATED).decimal(a.size()).text(BYTES_OF).text(a.kind().serverName())
        .text(ON_DEVICE).decimal(a.device()).text(BUFFER_ID);
    id(a.address(), decimalId);
    if (refCount > 1) {
      out.text(REF_COUNT).decimal(refCount);
    }
    out.text(CLOSE).newline();
  }

  @Override
  public void freed(Allocation a, ServerTable.Entry stored, int remaining, Release how, boolean decimalId)
      throws IOException {
    out.text(FREE).decimal(stored.owner).text(FREED_BUFFER);
    id(a.address(), decimalId);
    out.text(ON_DEVICE).decimal(a.device()).text(OPEN).decimal(stored.size);
    if (remaining == 0) {
      out.text(BYTES_FINAL);
    } else {
      out.text(BYTES_REF_COUNT).decimal(remaining).text(REMAINING);
    }
    out.newline();
  }

  @Override
  public void unknownFree(int pid, int device, long address, BufferKind kind, long size, long bufferPtr,
      boolean decimalId) throws IOException {
    out.text(UNKNOWN).decimal(pid).text(UNKNOWN_BUFFER);
    id(address, decimalId);
    out.text(ON_DEVICE).decimal(device).text(BEFORE_TRACKING).newline();
  }

  @Override
  public void processesDied(List<DeadProcess> dead) throws IOException {
    blocks.cleanup(dead);
  }

  @Override
  public void statistics(ServerTable table) throws IOException {
    blocks.statistics(table);
  }

  @Override
  public void finish(ServerTable table) throws IOException {
    blocks.dumpRemaining(table);
    blocks.statistics(table);
    blocks.shutdown();
    out.flush();
  }

  /** Lines written so far. */
  long lines() {
    return out.lineCount();
  }

  private void id(long address, boolean decimal) throws IOException {
    if (decimal) {
      out.decimal(address);
    } else {
      out.hex(address);
    }
  }
}
