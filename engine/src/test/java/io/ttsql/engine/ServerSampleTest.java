package io.ttsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-worked answers of samples/README.md for the allocation server sample: a leak hunt on an 8-device mesh. */
class ServerSampleTest {
  private QueryFixture open() {
    return QueryFixture.open("sample:debug.log");
  }

  @Test
  void onlyTheMixedInApplicationLinesAreParseErrors() throws Exception {
    try (QueryFixture q = open()) {
      assertEquals(
          List.of("format=server; lines=317; events=56; parse_errors=2"),
          q.rows("select format, lines, events, parse_errors from sources"));
      assertEquals(
          List.of(
              "line=142; text=[812ms] L1 Peak on device 0: 393216 bytes (384 KB)",
              "line=252; text=🗑️  SubDeviceManager destructor: releasing 1 sub-device(s) on device 0"),
          q.rows("select line, text from parse_errors order by line"));
    }
  }

  @Test
  void eventsAndLifetimes() throws Exception {
    try (QueryFixture q = open()) {
      assertEquals(
          List.of("kind=alloc; n=30", "kind=free; n=21", "kind=process_exit; n=1", "kind=server_start; n=1",
              "kind=unknown_free; n=3"),
          q.rows("select kind, count(*) as n from events group by kind order by kind"));
      assertEquals(
          List.of(
              "end_reason=end_of_log; overlapped=false; n=4",
              "end_reason=end_of_log; overlapped=true; n=1",
              "end_reason=freed; overlapped=false; n=18",
              "end_reason=freed; overlapped=true; n=3",
              "end_reason=process_exit; overlapped=false; n=4"),
          q.rows("select end_reason, overlapped, count(*) as n from lifetimes group by end_reason, overlapped"
              + " order by end_reason, overlapped"));
    }
  }

  @Test
  void realLeaksComeFromTwoProcesses() throws Exception {
    try (QueryFixture q = open()) {
      assertEquals(
          List.of(
              "pid=41873; device=0; address=796524544; size=1048576; buffer_type=DRAM; alloc_line=77",
              "pid=41873; device=1; address=1867776; size=24576; buffer_type=L1; alloc_line=248",
              "pid=42110; device=6; address=793378816; size=2097152; buffer_type=DRAM; alloc_line=241",
              "pid=42110; device=6; address=1515520; size=32768; buffer_type=L1; alloc_line=244"),
          q.rows("select pid, device, address, size, buffer_type, alloc_line from lifetimes"
              + " where end_seq is null and not overlapped order by pid, alloc_line"));
    }
  }

  @Test
  void aFreeTheServerNeverSawShowsAsAnOverlappedLeftover() throws Exception {
    try (QueryFixture q = open()) {
      assertEquals(
          List.of(
              "device=2; address=792723456; size=65536; occurrence=1; end_reason=freed",
              "device=2; address=792723456; size=65536; occurrence=2; end_reason=freed",
              "device=3; address=1703936; size=4096; occurrence=1; end_reason=end_of_log",
              "device=3; address=1703936; size=16384; occurrence=2; end_reason=freed"),
          q.rows("select device, address, size, occurrence, end_reason from lifetimes where overlapped"
              + " order by alloc_seq"));
    }
  }

  @Test
  void theDeadWorkersBuffersEndWithItsCleanup() throws Exception {
    try (QueryFixture q = open()) {
      assertEquals(
          List.of(
              "pid=41902; device=4; address=536903680; end_line=191",
              "pid=41902; device=4; address=1523712; end_line=191",
              "pid=41902; device=5; address=536903680; end_line=191",
              "pid=41902; device=5; address=1523712; end_line=191"),
          q.rows("select pid, device, address, end_line from lifetimes where end_reason in ('process_exit')"
              + " order by alloc_seq"));
    }
  }

  @Test
  void unknownDeallocationsMatchNothing() throws Exception {
    try (QueryFixture q = open()) {
      assertEquals(
          List.of(
              "line=66; kind=unknown_free; pid=41873; device=0; address=1523712",
              "line=246; kind=unknown_free; pid=42110; device=6; address=1482752",
              "line=251; kind=unknown_free; pid=41873; device=1; address=1515520"),
          q.rows("select line, kind, pid, device, address from unmatched_frees order by line"));
    }
  }

  @Test
  void meshBufferAndAddressReuse() throws Exception {
    try (QueryFixture q = open()) {
      assertEquals(
          List.of("address=1071644672; buffer_type=TRACE; devices=8"),
          q.rows("select address, buffer_type, count(distinct device) as devices from allocations"
              + " group by address, buffer_type having count(distinct device) = 8"));
      assertEquals(
          List.of("occurrence=1; size=8192", "occurrence=2; size=6144", "occurrence=3; size=32768"),
          q.rows("select occurrence, size from allocations where device = 0 and address = 1482752 order by seq"));
    }
  }

  @Test
  void statisticsBlocks() throws Exception {
    try (QueryFixture q = open()) {
      assertEquals(
          List.of(
              "line=93; devices=8; active=11",
              "line=146; devices=8; active=16",
              "line=199; devices=8; active=12",
              "line=293; devices=4; active=5"),
          q.rows("select line, count(*) as devices, max(active_allocations) as active from server_stats"
              + " group by line order by line"));
    }
  }
}
