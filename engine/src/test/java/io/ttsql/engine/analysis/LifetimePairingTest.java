package io.ttsql.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.DebugLogBlocks;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pairing rules, each on a small server log whose lifetimes were worked out by hand. */
class LifetimePairingTest {
  @TempDir Path dir;

  private static final String LIFETIMES =
      "select alloc_seq, end_seq, end_reason, overlapped from lifetimes order by alloc_seq";

  @Test
  void freeClosesMostRecentOpenAllocationWithItsKey() throws Exception {
    // Pid 10 creates key (device 0, 0x1000) and pid 20 adds a reference to it (ref_count=2): the
    // free that leaves one reference closes the most recent allocation (seq 1, LIFO), the FINAL
    // free closes seq 0. Both were open together, so both are overlapped. The allocation on
    // device 1 has its own key: freed by seq 4, not overlapped.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 10] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
            "✓ [PID 20] Allocated 2048 bytes of L1 on device 0 (buffer_id=0x1000, ref_count=2)",
            "✓ [PID 10] Allocated 4096 bytes of L1 on device 1 (buffer_id=0x1000)",
            "✗ [PID 10] Freed buffer 0x1000 on device 0 (4096 bytes, ref_count=1 remaining)",
            "✗ [PID 10] Freed buffer 0x1000 on device 1 (4096 bytes, FINAL)",
            "✗ [PID 10] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)")) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=5; end_reason=freed; overlapped=true",
              "alloc_seq=1; end_seq=3; end_reason=freed; overlapped=true",
              "alloc_seq=2; end_seq=4; end_reason=freed; overlapped=false"),
          q.rows(LIFETIMES));
      assertEquals("0", q.scalar("select count(*) from unmatched_frees"));
    }
  }

  @Test
  void aFreeThatErasesTheKeyClosesItsCurrentGeneration() throws Exception {
    // Key (0, 1482752): two references (seq 0, seq 1), then the free that left one reference was
    // split by another message (two parse errors), so only the FINAL free (seq 2) is left. The
    // server erased the key there with every reference: both lifetimes end at seq 2, none is a leak.
    // Key (1, 0x2000): seq 3 created it and was never freed (its FINAL lost, or a leak of an earlier
    // run of the server); seq 4 created it again in the new-key form, so the bare free of seq 5
    // (treated as final) erases only that generation: seq 3 stays open, an overlapped leak.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 1] Allocated 8192 bytes of L1 on device 0 (buffer_id=1482752)",
            "✓ [PID 2] Allocated 8192 bytes of L1 on device 0 (buffer_id=1482752, ref_count=2)",
            "✗ [PID 1] Freed buffer 1482752 on deviUnknown message type: 37",
            "ce 0 (8192 bytes, ref_count=1 remaining)",
            "✗ [PID 1] Freed buffer 1482752 on device 0 (8192 bytes, FINAL)",
            "✓ [PID 1] Allocated 1024 bytes of DRAM on device 1 (buffer_id=0x2000)",
            "✓ [PID 1] Allocated 2048 bytes of DRAM on device 1 (buffer_id=0x2000)",
            "✗ [PID 1] Freed buffer 0x2000 on device 1 (2048 bytes)")) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=2; end_reason=freed; overlapped=true",
              "alloc_seq=1; end_seq=2; end_reason=freed; overlapped=true",
              "alloc_seq=3; end_seq=null; end_reason=end_of_log; overlapped=true",
              "alloc_seq=4; end_seq=5; end_reason=freed; overlapped=true"),
          q.rows(LIFETIMES));
      assertEquals("2", q.scalar("select count(*) from parse_errors"));
    }
  }

  @Test
  void aLeakOfAnEarlierRunStaysALeakWhenTheNextRunFreesItsAddress() throws Exception {
    // Two server logs of one schema, one run each: pid 100 leaks (0, 0x16a000) in the first; in
    // the second, pid 200 allocates the same address (new-key form) and frees it (FINAL). The
    // FINAL erases the second run's generation only, so the first run's leak stays open.
    Path first = QueryFixture.writeLog(dir, "run1.log", "✓ [PID 100] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x16a000)");
    Path second = QueryFixture.writeLog(dir, "run2.log",
        "✓ [PID 200] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x16a000)",
        "✗ [PID 200] Freed buffer 0x16a000 on device 0 (4096 bytes, FINAL)");
    try (QueryFixture q = QueryFixture.open(first + ";" + second)) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=null; end_reason=end_of_log; overlapped=true",
              "alloc_seq=1; end_seq=2; end_reason=freed; overlapped=true"),
          q.rows(LIFETIMES));
    }
  }

  @Test
  void aServerStartEndsWhatTheServersEarlierRunHeld() throws Exception {
    // The server was killed and started again, appending to the same file. Its first run held
    // (0, 0x1000) from seq 0 when it stopped; (1, 0x2000) was freed (seq 2). The banner (seq 3)
    // starts an empty server, so seq 0 ends there as server_restart, a leak of the first run. The
    // new run's allocation at the same address (seq 4) is then alone on its key: not overlapped,
    // and its FINAL free (seq 5) ends it. Pid 100 lives on and frees 0x2000 again (seq 6), which
    // the new server never held: unmatched.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 100] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x1000)",
            "✓ [PID 100] Allocated 4096 bytes of DRAM on device 1 (buffer_id=0x2000)",
            "✗ [PID 100] Freed buffer 0x2000 on device 1 (4096 bytes, FINAL)",
            "🚀 Allocation Server started",
            "✓ [PID 200] Allocated 2048 bytes of L1 on device 0 (buffer_id=0x1000)",
            "✗ [PID 200] Freed buffer 0x1000 on device 0 (2048 bytes, FINAL)",
            "⚠ [PID 100] Deallocation for unknown buffer 0x2000 on device 1 (allocated before tracking started)")) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=3; end_reason=server_restart; overlapped=false",
              "alloc_seq=1; end_seq=2; end_reason=freed; overlapped=false",
              "alloc_seq=4; end_seq=5; end_reason=freed; overlapped=false"),
          q.rows(LIFETIMES));
      assertEquals("line=4; kind=server_start; pid=null; device=null; address=null",
          q.scalar("select 'line=' || line || '; kind=' || kind || '; pid=' || coalesce(cast(pid as varchar), 'null')"
              + " || '; device=' || coalesce(cast(device as varchar), 'null')"
              + " || '; address=' || coalesce(cast(address as varchar), 'null') from events where seq = 3"));
      assertEquals(List.of("seq=6"), q.rows("select seq from unmatched_frees"));
    }
  }

  @Test
  void aLifetimeEndedInTheNextFileNamesThatFile() throws Exception {
    // run1.log's allocation (its line 1) is still held when run2.log begins with the banner of
    // the next run: it ends at line 1 of run2.log, which end_file names.
    Path first = QueryFixture.writeLog(dir, "run1.log", "✓ [PID 100] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x16a000)");
    Path second = QueryFixture.writeLog(dir, "run2.log", "🚀 Allocation Server started");
    try (QueryFixture q = QueryFixture.open(first + ";" + second)) {
      assertEquals(List.of("file=" + first + "; alloc_line=1; end_reason=server_restart; end_file=" + second + "; end_line=1"),
          q.rows("select file, alloc_line, end_reason, end_file, end_line from lifetimes"));
    }
  }

  @Test
  void theLowestIntPidOwnsItsKeysLikeAnyOther() throws Exception {
    // FORMATS.md: a bogus pid still parses. Pid -2147483648 owns (0, 0x1000) (seq 0), so its exit
    // (seq 1, dead-process cleanup) reclaims it; its (0, 0x2000) (seq 2) ends at the restart (seq 3).
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID -2147483648] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x1000)",
            "   PID -2147483648 is dead, removing its buffers...",
            "✓ [PID -2147483648] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x2000)",
            "🚀 Allocation Server started")) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=1; end_reason=process_exit; overlapped=false",
              "alloc_seq=2; end_seq=3; end_reason=server_restart; overlapped=false"),
          q.rows(LIFETIMES));
    }
  }

  @Test
  void aServerStartLeavesTheBufferDebugLogsAllocationsOpen() throws Exception {
    // One schema of a buffer debug log (one owning buffer, never deallocated: seq 0) and then a
    // server log whose banner is seq 1 and whose allocation (seq 2) is held at the end. The banner
    // ends the server's earlier allocations only; the program's own buffer stays open to the end.
    Path debug = QueryFixture.writeLog(dir, "tt_buffer_debug.log",
        DebugLogBlocks.lines(debugBlock("BUFFER ALLOCATED", "0xa", "yes")));
    Path server = QueryFixture.writeLog(dir, "debug.log",
        "🚀 Allocation Server started",
        "✓ [PID 7] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x3000)");
    try (QueryFixture q = QueryFixture.open(debug + ";" + server)) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=null; end_reason=end_of_log; overlapped=false",
              "alloc_seq=2; end_seq=null; end_reason=end_of_log; overlapped=false"),
          q.rows(LIFETIMES));
    }
  }

  @Test
  void eachServerStartEndsWhatItsRunHeldBehindTheBufferDebugLogsOpenAllocation() throws Exception {
    // The debug log's buffer (seq 0) stays open through three server starts (seqs 1, 3 and 7);
    // each start ends the server allocations still open since the start before: seq 2 at seq 3,
    // seq 4 at seq 7 (seq 5 was freed at seq 6 first). Seq 8, after the last start, is held at
    // the end.
    Path debug = QueryFixture.writeLog(dir, "tt_buffer_debug.log",
        DebugLogBlocks.lines(debugBlock("BUFFER ALLOCATED", "0xa", "yes")));
    Path server = QueryFixture.writeLog(dir, "debug.log",
        "🚀 Allocation Server started",
        "✓ [PID 7] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x3000)",
        "🚀 Allocation Server started",
        "✓ [PID 8] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x3000)",
        "✓ [PID 8] Allocated 2048 bytes of L1 on device 1 (buffer_id=0x4000)",
        "✗ [PID 8] Freed buffer 0x4000 on device 1 (2048 bytes, FINAL)",
        "🚀 Allocation Server started",
        "✓ [PID 9] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x3000)");
    try (QueryFixture q = QueryFixture.open(debug + ";" + server)) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=null; end_reason=end_of_log; overlapped=false",
              "alloc_seq=2; end_seq=3; end_reason=server_restart; overlapped=false",
              "alloc_seq=4; end_seq=7; end_reason=server_restart; overlapped=false",
              "alloc_seq=5; end_seq=6; end_reason=freed; overlapped=false",
              "alloc_seq=8; end_seq=null; end_reason=end_of_log; overlapped=false"),
          q.rows(LIFETIMES));
    }
  }

  @Test
  void anAllocationInTheNewKeyFormMakesItsSenderTheOwner() throws Exception {
    // Pid 500's free of (0, 65536) was split by another message, so pid 600's allocation there
    // (seq 1) comes in the new-key form: the server had erased the key, and pid 600 created it
    // again and owns it. Pid 500's death (seq 2) ends only pid 500's lifetime; pid 600's FINAL
    // free (seq 3) ends its own, and nothing is unmatched.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 500] Allocated 1024 bytes of DRAM on device 0 (buffer_id=65536)",
            "✗ [PID 500] Freed buffer 65536 on deviUnknown message type: 37",
            "ce 0 (1024 bytes, FINAL)",
            "✓ [PID 600] Allocated 4096 bytes of DRAM on device 0 (buffer_id=65536)",
            "",
            "⚠️  Detected dead processes, cleaning up orphaned buffers...",
            "   PID 500 is dead, removing its buffers...",
            "   ✓ Removed 0 buffers (0 MB) from PID 500",
            "",
            "✗ [PID 600] Freed buffer 65536 on device 0 (4096 bytes, FINAL)")) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=2; end_reason=process_exit; overlapped=true",
              "alloc_seq=1; end_seq=3; end_reason=freed; overlapped=true"),
          q.rows(LIFETIMES));
      assertEquals("0", q.scalar("select count(*) from unmatched_frees"));
    }
  }

  @Test
  void aReferenceToAKeyTheLogNeverCreatedHasNoKnownOwner() throws Exception {
    // Pid 200's allocation of (0, 0x8000) comes in the ref_count form (1.4): the key existed
    // before the log, made by a sender the log does not show, so pid 200 only added a reference
    // and owns nothing, as the server's own count says ("Removed 0 buffers" from pid 200). Its
    // death (seq 1) ends nothing; the free that pid 100, the key's owner (1.5), sends later (seq
    // 2) ends the allocation. A server start would end it still, as it ends everything.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 200] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x8000, ref_count=2)",
            "",
            "⚠️  Detected dead processes, cleaning up orphaned buffers...",
            "   PID 200 is dead, removing its buffers...",
            "   ✓ Removed 0 buffers (0 MB) from PID 200",
            "",
            "✗ [PID 100] Freed buffer 0x8000 on device 0 (4096 bytes, ref_count=1 remaining)",
            "✓ [PID 200] Allocated 4096 bytes of DRAM on device 1 (buffer_id=0x8000, ref_count=2)",
            "🚀 Allocation Server started")) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=2; end_reason=freed; overlapped=false",
              "alloc_seq=3; end_seq=4; end_reason=server_restart; overlapped=false"),
          q.rows(LIFETIMES));
      assertEquals("0", q.scalar("select count(*) from unmatched_frees"));
    }
  }

  @Test
  void aReferenceAfterTheCurrentGenerationEndedHasNoKnownOwner() throws Exception {
    // Pid 10 creates (0, 0x1000) (seq 0); pid 20's allocation there in the new-key form (seq 1)
    // shows the server had erased the key (pid 10's FINAL lost) and pid 20 created it again; its
    // FINAL (seq 2) erases it. Pid 30's ref_count=2 (seq 3) then adds a reference to a key whose
    // creation is not in the log: not pid 10's, whose key was gone before pid 20 made it. So pid
    // 10's death (seq 4) ends its own stale allocation, not pid 30's, which stays open to the end,
    // one key held on device 0 as the server's statistics say ("Removed 0 buffers" from pid 10).
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 10] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x1000)",
            "✓ [PID 20] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
            "✗ [PID 20] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)",
            "✓ [PID 30] Allocated 2048 bytes of L1 on device 0 (buffer_id=0x1000, ref_count=2)",
            "",
            "⚠️  Detected dead processes, cleaning up orphaned buffers...",
            "   PID 10 is dead, removing its buffers...",
            "   ✓ Removed 0 buffers (0 MB) from PID 10",
            "",
            "📊 Current Statistics:",
            "  Device 0:",
            "    Buffers: 1",
            "    DRAM: 0 bytes (0 KB)",
            "    L1: 2048 bytes (2 KB)",
            "    Total: 2048 bytes",
            "  Active allocations: 1")) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=4; end_reason=process_exit; overlapped=true",
              "alloc_seq=1; end_seq=2; end_reason=freed; overlapped=true",
              "alloc_seq=3; end_seq=null; end_reason=end_of_log; overlapped=true"),
          q.rows(LIFETIMES));
      assertEquals(List.of("buffers=1; l1_bytes=2048"), q.rows("select buffers, l1_bytes from stats_replay"));
      assertEquals(List.of("final_bytes=2048"), q.rows("select final_bytes from peaks"));
    }
  }

  @Test
  void unknownFreeClosesNothingAndProcessExitClosesAllOfItsPid() throws Exception {
    // seq 0: pid 10 allocates A; seq 1: pid 20 allocates B; seq 2: an unknown free of A's address
    // closes nothing (unmatched); seq 3..: pid 10 dies, which ends A (process_exit at seq 4, the
    // event line of the PID is the 5th event) but not B; B is still open at the end.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 10] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x2000)",
            "✓ [PID 20] Allocated 8192 bytes of DRAM on device 0 (buffer_id=0x4000)",
            "⚠ [PID 10] Deallocation for unknown buffer 0x2000 on device 0 (allocated before tracking started)",
            "✗ [PID 30] Freed buffer 0x8000 on device 0 (64 bytes, FINAL)",
            "",
            "⚠️  Detected dead processes, cleaning up orphaned buffers...",
            "   PID 10 is dead, removing its buffers...",
            "   ✓ Removed 1 buffers (0.00390625 MB) from PID 10",
            "")) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=4; end_reason=process_exit; overlapped=false",
              "alloc_seq=1; end_seq=null; end_reason=end_of_log; overlapped=false"),
          q.rows(LIFETIMES));
      // The unknown free (seq 2) and the free of a never-allocated key (seq 3) closed nothing.
      assertEquals(
          List.of("seq=2; kind=unknown_free", "seq=3; kind=free"),
          q.rows("select seq, kind from unmatched_frees order by seq"));
    }
  }

  @Test
  void processExitClosesTheKeysThePidOwnsIncludingDuplicatesSentByOthers() throws Exception {
    // Pid 10 creates key (0, 0x3000); pid 20 adds a reference to it (ref_count=2), so both
    // lifetimes share the key (overlapped) and pid 10 owns it. Pid 20 also creates its own key
    // (0, 0x5000). When pid 20 dies the server removes only the key it owns: the 0x5000 lifetime
    // ends process_exit (event seq 3), its reference on 0x3000 stays. When pid 10 dies, the server
    // erases 0x3000 with every reference: both of its lifetimes end at seq 4.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 10] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x3000)",
            "✓ [PID 20] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x3000, ref_count=2)",
            "✓ [PID 20] Allocated 1024 bytes of L1 on device 0 (buffer_id=0x5000)",
            "",
            "⚠️  Detected dead processes, cleaning up orphaned buffers...",
            "   PID 20 is dead, removing its buffers...",
            "   ✓ Removed 1 buffers (0.000976562 MB) from PID 20",
            "",
            "",
            "⚠️  Detected dead processes, cleaning up orphaned buffers...",
            "   PID 10 is dead, removing its buffers...",
            "   ✓ Removed 1 buffers (0.00390625 MB) from PID 10",
            "")) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=4; end_reason=process_exit; overlapped=true",
              "alloc_seq=1; end_seq=4; end_reason=process_exit; overlapped=true",
              "alloc_seq=2; end_seq=3; end_reason=process_exit; overlapped=false"),
          q.rows(LIFETIMES));
    }
  }

  @Test
  void theDebugLogBreaksTiesByBufferPointer() throws Exception {
    // Two live Buffer objects at one (device, address): 0xa (seq 0) then 0xb (seq 1), so both are
    // overlapped. The deallocation of 0xa (seq 2) closes 0xa's allocation although 0xb's is the
    // most recent at the address. The deallocation of 0xc (seq 3) names no open Buffer*, so it
    // closes the most recent open allocation, 0xb's. Occurrence counts allocations per (device,
    // address), whatever the Buffer*: 1, then 2.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "tt_buffer_debug.log",
            DebugLogBlocks.lines(
                debugBlock("BUFFER ALLOCATED", "0xa", "yes"),
                debugBlock("BUFFER ALLOCATED", "0xb", "yes"),
                debugBlock("BUFFER DEALLOCATED", "0xa", null),
                debugBlock("BUFFER DEALLOCATED", "0xc", null)))) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=2; end_reason=freed; overlapped=true; occurrence=1",
              "alloc_seq=1; end_seq=3; end_reason=freed; overlapped=true; occurrence=2"),
          q.rows("select alloc_seq, end_seq, end_reason, overlapped, occurrence from lifetimes order by alloc_seq"));
      assertEquals("0", q.scalar("select count(*) from unmatched_frees"));
    }
  }

  @Test
  void aDestructorEndsABufferThatDoesNotOwnItsMemory() throws Exception {
    // 0xa owns its memory: its destructor (seq 2) is followed by its deallocation (seq 3), which
    // ends it. 0xb does not own its memory (a view): no deallocation follows, so its destructor
    // (seq 4) ends it. Neither is left open at the end of the log.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "tt_buffer_debug.log",
            DebugLogBlocks.lines(
                debugBlock("BUFFER ALLOCATED", "0xa", "yes"),
                debugBlock("BUFFER ALLOCATED", "0xb", "no"),
                debugBlock(DESTRUCTOR, "0xa", null),
                debugBlock("BUFFER DEALLOCATED", "0xa", null),
                debugBlock(DESTRUCTOR, "0xb", null)))) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=3; end_reason=freed",
              "alloc_seq=1; end_seq=4; end_reason=freed"),
          q.rows("select alloc_seq, end_seq, end_reason from lifetimes order by alloc_seq"));
    }
  }

  @Test
  void aDestructorEndsABufferOfSizeZero() throws Exception {
    // FORMATS.md 2.2: no DEALLOCATED block is logged for a size of 0, so the destructor of 0xc
    // (seq 1), though 0xc owns its memory, is the last the log says of it and ends it; it is no
    // leak. 0xd, of 4 KB and owning its memory, is not ended by its destructor (seq 3): its
    // DEALLOCATED would follow, and the log ends first.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "tt_buffer_debug.log",
            DebugLogBlocks.lines(
                debugBlock("BUFFER ALLOCATED", "0xc", "yes", "0 bytes (0 KB)"),
                debugBlock(DESTRUCTOR, "0xc", null, "0 bytes (0 KB)"),
                debugBlock("BUFFER ALLOCATED", "0xd", "yes"),
                debugBlock(DESTRUCTOR, "0xd", null)))) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=1; end_reason=freed",
              "alloc_seq=2; end_seq=null; end_reason=end_of_log"),
          q.rows("select alloc_seq, end_seq, end_reason from lifetimes order by alloc_seq"));
    }
  }

  @Test
  void aDeallocationOfAnotherBufferClosesNothing() throws Exception {
    // 0xa, 4 KB, is open at 0x1000. The deallocation at seq 1 names another Buffer* (0xe) and
    // another size (8 KB): a buffer allocated before logging started, or never logged, and not
    // 0xa, which stays open (a leak) while the deallocation goes to unmatched_frees. The one at
    // seq 3 names another Buffer* (0xf) but 0xb's size: the pointer alone does not tell them
    // apart (the heap reuses pointers), so it ends 0xb, the most recent at the address.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "tt_buffer_debug.log",
            DebugLogBlocks.lines(
                debugBlock("BUFFER ALLOCATED", "0xa", "yes"),
                debugBlock("BUFFER DEALLOCATED", "0xe", null, "8192 bytes (8 KB)"),
                debugBlock("BUFFER ALLOCATED", "0xb", "yes"),
                debugBlock("BUFFER DEALLOCATED", "0xf", null)))) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=null; end_reason=end_of_log",
              "alloc_seq=2; end_seq=3; end_reason=freed"),
          q.rows("select alloc_seq, end_seq, end_reason from lifetimes order by alloc_seq"));
      assertEquals(List.of("seq=1"), q.rows("select seq from unmatched_frees"));
    }
  }

  @Test
  void occurrenceNumbersAllocationsPerDeviceAndAddress() throws Exception {
    // Address 0x1000 is handed out three times on device 0 (occurrences 1, 2, 3) and once on
    // device 1 (its own count: 1), whatever the sizes.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 1] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
            "✗ [PID 1] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)",
            "✓ [PID 1] Allocated 2048 bytes of L1 on device 1 (buffer_id=0x1000)",
            "✓ [PID 1] Allocated 8192 bytes of L1 on device 0 (buffer_id=4096)",
            "✗ [PID 1] Freed buffer 4096 on device 0 (8192 bytes, FINAL)",
            "✓ [PID 1] Allocated 1024 bytes of L1 on device 0 (buffer_id=0x1000)")) {
      assertEquals(List.of("seq=0; device=0; occurrence=1", "seq=2; device=1; occurrence=1",
              "seq=3; device=0; occurrence=2", "seq=5; device=0; occurrence=3"),
          q.rows("select seq, device, occurrence from allocations order by seq"));
    }
  }

  private static final String DESTRUCTOR = "BUFFER DESTRUCTOR (still ALLOCATED - will deallocate)";

  /** A block at (device 0, 0x1000); {@code ownsData} is null for the blocks that lack the field. */
  private static List<String> debugBlock(String header, String bufferPtr, String ownsData) {
    return debugBlock(header, bufferPtr, ownsData, "4096 bytes (4 KB)");
  }

  private static List<String> debugBlock(String header, String bufferPtr, String ownsData, String size) {
    List<String> lines = new java.util.ArrayList<>(List.of(header, "Time: 10:00:00", "Device: 0",
        "Address: 0x1000 (4096)", "Size: " + size, "Type: L1", "Buffer*: " + bufferPtr));
    if (ownsData != null) {
      lines.add("Owns Data: " + ownsData);
      lines.add("Hooked: no");
    }
    lines.add("Call Stack:");
    return DebugLogBlocks.block(lines.toArray(String[]::new));
  }
}
