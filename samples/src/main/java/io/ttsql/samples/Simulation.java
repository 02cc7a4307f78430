package io.ttsql.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The simulated run behind generated logs: client processes on an 8-device mesh allocate and free
 * buffers (some on every device at once, some twice at one key, some never), lose the odd free
 * message, free buffers the server never saw and die now and then; in the run "after the fix", the
 * living ones free their leaked buffers at the end. Every event goes to the sinks in order, and the
 * simulation counts what ttsql should find in each log.
 */
final class Simulation {
  private static final int DEVICES = 8;
  /** Buffers a process tends to hold; it allocates more below this and frees more above. */
  private static final int TARGET_LIVE = 24;
  private static final int MAX_LEAKS_PER_PROCESS = 8;

  private final GeneratorConfig config;
  private final SplittableRandom random;
  private final List<LogSink> sinks;
  private final ServerTable table = new ServerTable(DEVICES);
  private final DebugLogKeys debugKeys = new DebugLogKeys();
  private final ProcessState[] processes;
  private int lastPid;
  private int heaps;
  private long serverEvents;
  private long allocations;
  private long frees;
  private long unknownFrees;
  private long processExits;
  private long exitedLifetimes;
  private long destructors;

  Simulation(GeneratorConfig config, List<LogSink> sinks) {
    this.config = config;
    this.sinks = Stream.concat(sinks.stream(), Stream.of(debugKeys)).toList();
    this.random = new SplittableRandom(config.seed());
    this.lastPid = 20_000 + random.nextInt(40_000);
    this.processes = new ProcessState[config.processes()];
    for (int slot = 0; slot < processes.length; slot++) {
      processes[slot] = newProcess(slot);
    }
  }

  /** Simulates until the configured number of server events is written, then ends the logs. */
  void run() throws IOException {
    boolean umdDetection = random.nextBoolean();
    for (LogSink s : sinks) {
      s.start(umdDetection);
    }
    long nextStatistics = config.statsEvery();
    while (serverEvents < config.events()) {
      step();
      if (serverEvents >= nextStatistics) {
        for (LogSink s : sinks) {
          s.statistics(table);
        }
        nextStatistics = serverEvents + config.statsEvery();
      }
    }
    if (config.fixLeaks()) {
      freeLeakedBuffers();
    }
    for (LogSink s : sinks) {
      s.finish(table);
    }
  }

  /** The fix: each living process frees the buffers it leaked (those of dead processes stay lost). */
  private void freeLeakedBuffers() throws IOException {
    for (ProcessState p : processes) {
      for (LiveBuffer b : p.takeLeaked()) {
        release(p, b, b.isMesh() ? LogSink.Release.MESH : LogSink.Release.EXPLICIT);
      }
    }
  }

  /** What ttsql should find in the server log, which has {@code lines} lines and one start-up banner. */
  LogTruth serverTruth(long lines) {
    return new LogTruth(
        Map.of("alloc", allocations, "free", frees, "unknown_free", unknownFrees, "process_exit", processExits,
            "server_start", 1L),
        Map.of("freed", frees, "process_exit", exitedLifetimes, "end_of_log", allocations - frees - exitedLifetimes),
        table.overlapped(), unknownFrees, lines);
  }

  /**
   * What ttsql should find in the debug log, which has {@code lines} lines: the same allocations,
   * a DEALLOCATED block per free and per unknown free, no process exits, and the pairing of
   * {@link DebugLogKeys}.
   */
  LogTruth debugTruth(long lines) {
    return new LogTruth(
        Map.of("alloc", allocations, "free", frees + unknownFrees, "destructor", destructors),
        Map.of("freed", debugKeys.freed(), "end_of_log", allocations - debugKeys.freed()),
        debugKeys.overlapped(), debugKeys.unmatched(), lines);
  }

  private void step() throws IOException {
    if (random.nextLong(config.exitEvery()) == 0) {
      processDies();
      return;
    }
    ProcessState p = processes[random.nextInt(processes.length)];
    int roll = random.nextInt(100);
    if (roll == 0) {
      unknownFree(p);
    } else if (roll == 1) {
      viewDestroyed(p);
    } else if (random.nextDouble() < allocationChance(p)) {
      allocate(p);
    } else {
      free(p);
    }
  }

  private static double allocationChance(ProcessState p) {
    return Math.max(0.1, Math.min(0.9, 0.5 + (TARGET_LIVE - p.liveCount()) / 48.0));
  }

  private void allocate(ProcessState p) throws IOException {
    int roll = random.nextInt(100);
    if (roll < 1) {
      duplicate(p);
      return;
    }
    if (roll < 4) {
      allocateMesh(p);
      return;
    }
    BufferKind kind = roll < 51 ? BufferKind.DRAM : roll < 91 ? BufferKind.L1 : BufferKind.L1_SMALL;
    int device = random.nextInt(DEVICES);
    long address = unheldAddress(p, kind, device);
    if (address < 0) {
      return;
    }
    boolean leaky = p.leaks() < MAX_LEAKS_PER_PROCESS && random.nextInt(200) == 0;
    Allocation a = new Allocation(p.pid(), device, address, kind.size(random), kind, p.newPtr(random),
        StackPool.allocation(kind, leaky, random));
    emitAllocation(a);
    p.add(new LiveBuffer(new Allocation[] {a}, leaky));
  }

  /** An address of {@code kind} in the process's range that it does not hold on {@code device}, or -1. */
  private long unheldAddress(ProcessState p, BufferKind kind, int device) {
    for (int attempt = 0; attempt < 4; attempt++) {
      long address = kind.address(p.slot(), random.nextInt(kind.addressesPerSlot()));
      if (!p.holds(device, address)) {
        return address;
      }
    }
    return -1;
  }

  /** The process allocates a key it already holds: the server prints {@code ref_count}. */
  private void duplicate(ProcessState p) throws IOException {
    LiveBuffer held = p.any(random);
    if (held == null || held.isMesh()) {
      return;
    }
    Allocation o = held.parts()[0];
    Allocation a = new Allocation(p.pid(), o.device(), o.address(), o.size(), o.kind(), p.newPtr(random), o.stack());
    emitAllocation(a);
    p.add(new LiveBuffer(new Allocation[] {a}, false));
  }

  /** A trace region or a replicated tensor: one address on every device. */
  private void allocateMesh(ProcessState p) throws IOException {
    boolean trace = random.nextBoolean();
    long address = BufferKind.TRACE.address(p.slot(), random.nextInt(BufferKind.TRACE.addressesPerSlot()));
    for (int device = 0; device < DEVICES; device++) {
      if (p.holds(device, address)) {
        return;
      }
    }
    long size = BufferKind.TRACE.size(random);
    BufferKind kind = trace ? BufferKind.TRACE : BufferKind.DRAM;
    int stack = trace ? StackPool.TRACE_REGION : StackPool.MESH_TENSOR;
    Allocation[] parts = new Allocation[DEVICES];
    for (int device = 0; device < DEVICES; device++) {
      parts[device] = new Allocation(p.pid(), device, address, size, kind, p.newPtr(random), stack);
      emitAllocation(parts[device]);
    }
    p.add(new LiveBuffer(parts, false));
  }

  private void emitAllocation(Allocation a) throws IOException {
    int refCount = table.allocate(a);
    boolean decimal = decimalId();
    for (LogSink s : sinks) {
      s.allocated(a, refCount, decimal);
    }
    allocations++;
    serverEvents++;
  }

  /** The process frees a buffer; one free in a thousand never reaches either log. */
  private void free(ProcessState p) throws IOException {
    LiveBuffer b = p.takeFreeable(random);
    if (b == null || random.nextInt(1000) == 0) {
      return;
    }
    LogSink.Release how = b.isMesh() ? LogSink.Release.MESH
        : random.nextInt(4) == 0 ? LogSink.Release.DESTRUCTOR : LogSink.Release.EXPLICIT;
    release(p, b, how);
  }

  /** Both logs see {@code b} freed, one allocation after the other. */
  private void release(ProcessState p, LiveBuffer b, LogSink.Release how) throws IOException {
    for (Allocation a : b.parts()) {
      ServerTable.Entry stored = table.free(a.device(), a.address());
      if (stored == null) {
        throw new IllegalStateException("the server does not hold the buffer being freed: " + a);
      }
      boolean decimal = decimalId();
      for (LogSink s : sinks) {
        s.freed(a, stored, stored.count, how, decimal);
      }
      frees++;
      serverEvents++;
      if (how == LogSink.Release.DESTRUCTOR) {
        destructors++;
      }
      p.release(a.bufferPtr());
    }
  }

  /** A free of a buffer older than the server: the server holds nothing at its key. */
  private void unknownFree(ProcessState p) throws IOException {
    BufferKind kind = random.nextBoolean() ? BufferKind.DRAM : BufferKind.L1;
    int device = random.nextInt(DEVICES);
    long address = kind.address(p.slot(), random.nextInt(kind.addressesPerSlot()));
    if (table.holds(device, address)) {
      return;
    }
    long size = kind.size(random);
    long ptr = p.freshPtr();
    boolean decimal = decimalId();
    for (LogSink s : sinks) {
      s.unknownFree(p.pid(), device, address, kind, size, ptr, decimal);
    }
    unknownFrees++;
    serverEvents++;
  }

  /** A non-owning view of a held buffer dies; only the debug log sees it. */
  private void viewDestroyed(ProcessState p) throws IOException {
    LiveBuffer held = p.any(random);
    if (held == null) {
      return;
    }
    Allocation of = held.parts()[random.nextInt(held.parts().length)];
    long ptr = p.freshPtr();
    for (LogSink s : sinks) {
      s.viewDestroyed(of, ptr);
    }
    destructors++;
  }

  /** A process dies (sometimes with a client that never allocated); a new one takes its slot. */
  private void processDies() throws IOException {
    int slot = random.nextInt(processes.length);
    List<LogSink.DeadProcess> dead = new ArrayList<>();
    int pid = processes[slot].pid();
    dead.add(new LogSink.DeadProcess(pid, table.removeOwner(pid)));
    if (random.nextInt(4) == 0) {
      int idle = nextPid();
      dead.add(new LogSink.DeadProcess(idle, table.removeOwner(idle)));
    }
    for (LogSink s : sinks) {
      s.processesDied(dead);
    }
    for (LogSink.DeadProcess d : dead) {
      exitedLifetimes += d.removed().lifetimes();
    }
    processExits += dead.size();
    serverEvents += dead.size();
    processes[slot] = newProcess(slot);
  }

  private ProcessState newProcess(int slot) {
    return new ProcessState(nextPid(), slot, heaps++);
  }

  private int nextPid() {
    lastPid += 1 + random.nextInt(400);
    return lastPid;
  }

  private boolean decimalId() {
    return config.decimalIds() > 0 && random.nextDouble() < config.decimalIds();
  }
}
