package io.ttsql.samples;

import java.io.IOException;
import java.util.List;

/**
 * Receives the events of a simulated run in order and writes them in one log format; each format
 * ignores what it never prints (the debug log has no PIDs, statistics or cleanups).
 */
interface LogSink {
  /** How a buffer is given back, which decides the debug log's blocks and stacks. */
  enum Release {
    /** {@code ttnn.deallocate}: a DEALLOCATED block. */
    EXPLICIT,
    /** The owning object dies: a DESTRUCTOR block, then DEALLOCATED with the same {@code Buffer*}. */
    DESTRUCTOR,
    /** {@code ttnn.deallocate} of a mesh tensor: a DEALLOCATED block per device. */
    MESH
  }

  /** A process found dead by the cleanup thread and what the server removed for it. */
  record DeadProcess(int pid, ServerTable.Removal removed) {}

  /** The run starts; {@code umdDetection} picks the V4 start-up banner over the V3 one. */
  default void start(boolean umdDetection) throws IOException {}

  /** An allocation message; {@code refCount} is the key's count after it (1 for a new key). */
  default void allocated(Allocation a, int refCount, boolean decimalId) throws IOException {}

  /**
   * A free message for a held key.
   *
   * @param stored the key's entry, whose owner and size the server prints
   * @param remaining the key's count after the free (0 for FINAL)
   */
  default void freed(Allocation a, ServerTable.Entry stored, int remaining, Release how, boolean decimalId)
      throws IOException {}

  /** A free of a key the server does not hold, for a buffer of {@code size} bytes at {@code bufferPtr}. */
  default void unknownFree(int pid, int device, long address, BufferKind kind, long size, long bufferPtr,
      boolean decimalId) throws IOException {}

  /** A non-owning view of {@code of}'s memory dies: only the debug log sees it. */
  default void viewDestroyed(Allocation of, long bufferPtr) throws IOException {}

  /** The cleanup thread removed the buffers of dead processes. */
  default void processesDied(List<DeadProcess> dead) throws IOException {}

  /** The periodic statistics block. */
  default void statistics(ServerTable table) throws IOException {}

  /** The run ends: the server dumps what remains and shuts down. Flushes the output. */
  void finish(ServerTable table) throws IOException;
}
