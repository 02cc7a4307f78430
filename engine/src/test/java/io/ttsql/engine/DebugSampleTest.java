package io.ttsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-worked answers of samples/README.md for the buffer debug sample: stacks, callsites and a trace never released. */
class DebugSampleTest {
  private QueryFixture open() {
    return QueryFixture.open("sample:tt_buffer_debug.log");
  }

  @Test
  void parsesCleanly() throws Exception {
    try (QueryFixture q = open()) {
      assertEquals(
          List.of("format=buffer_debug; lines=815; events=46; parse_errors=0"),
          q.rows("select format, lines, events, parse_errors from sources"));
      assertEquals("0", q.scalar("select count(*) from parse_errors"));
    }
  }

  @Test
  void eventsAndLifetimes() throws Exception {
    try (QueryFixture q = open()) {
      assertEquals(
          List.of("kind=alloc; n=26", "kind=destructor; n=5", "kind=free; n=15"),
          q.rows("select kind, count(*) as n from events group by kind order by kind"));
      assertEquals(
          List.of("end_reason=end_of_log; overlapped=false; n=11", "end_reason=freed; overlapped=false; n=15"),
          q.rows("select end_reason, overlapped, count(*) as n from lifetimes group by end_reason, overlapped"
              + " order by end_reason"));
      assertEquals("0", q.scalar("select count(*) from unmatched_frees"));
      assertEquals("14", q.scalar("select count(distinct stack_id) from events"));
    }
  }

  @Test
  void leaksPerCallsite() throws Exception {
    try (QueryFixture q = open()) {
      assertEquals(
          List.of(
              "callsite=tt::tt_metal::distributed::MeshTrace::populate_mesh_buffer; leaks=8",
              "callsite=ttnn::operations::data_movement::ConcatDeviceOperation::create_output_tensors; leaks=2",
              "callsite=tt::tt_metal::experimental::GlobalCircularBuffer::setup_cb_buffers; leaks=1"),
          q.rows("select callsite, count(*) as leaks from lifetimes where end_seq is null"
              + " group by callsite order by leaks desc"));
      assertEquals(
          List.of(
              "callsite=tt::tt_metal::distributed::MeshTrace::populate_mesh_buffer; n=8",
              "callsite=ttnn::operations::matmul::Matmul::create_output_tensors; n=5",
              "callsite=tt::tt_metal::tensor_impl::allocate_buffer_on_device; n=4",
              "callsite=ttnn::operations::data_movement::ConcatDeviceOperation::create_output_tensors; n=4",
              "callsite=ttnn::operations::data_movement::PermuteDeviceOperation::create_output_tensors; n=4",
              "callsite=tt::tt_metal::experimental::GlobalCircularBuffer::setup_cb_buffers; n=1"),
          q.rows("select callsite, count(*) as n from allocations group by callsite order by n desc, callsite"));
    }
  }

  @Test
  void meshTraceBufferOnAllEightDevices() throws Exception {
    try (QueryFixture q = open()) {
      assertEquals(
          List.of("address=1071644672; buffer_type=OTHER; devices=8; ptrs=8"),
          q.rows("select address, buffer_type, count(distinct device) as devices, count(distinct buffer_ptr) as ptrs"
              + " from allocations group by address, buffer_type having count(distinct device) = 8"));
    }
  }

  @Test
  void aNonOwningBufferIsSeenOnlyAtItsDestructor() throws Exception {
    try (QueryFixture q = open()) {
      assertEquals(
          List.of("line=743; device=1; address=793378816; size=3145728"),
          q.rows("select line, device, address, size from events e where kind in ('destructor')"
              + " and buffer_ptr not in (select buffer_ptr from allocations)"));
    }
  }

  @Test
  void addressReuseAndTheHookedBuffer() throws Exception {
    try (QueryFixture q = open()) {
      assertEquals(
          List.of("occurrence=1; size=8192", "occurrence=2; size=6144", "occurrence=3; size=32768",
              "occurrence=4; size=8192"),
          q.rows("select occurrence, size from allocations where device = 0 and address = 1482752 order by seq"));
      assertEquals(
          List.of("address=0; size=2048; end_reason=freed"),
          q.rows("select l.address, l.size, l.end_reason from lifetimes l join allocations a"
              + " on a.seq = l.alloc_seq where a.hooked"));
    }
  }
}
