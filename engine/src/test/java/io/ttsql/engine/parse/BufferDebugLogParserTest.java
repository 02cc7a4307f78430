package io.ttsql.engine.parse;

import static io.ttsql.engine.testing.DebugLogBlocks.ALLOCATED;
import static io.ttsql.engine.testing.DebugLogBlocks.DEALLOCATED;
import static io.ttsql.engine.testing.DebugLogBlocks.DESTRUCTOR;
import static io.ttsql.engine.testing.DebugLogBlocks.LIBTT;
import static io.ttsql.engine.testing.DebugLogBlocks.TTNN;
import static io.ttsql.engine.testing.DebugLogBlocks.block;
import static io.ttsql.engine.testing.DebugLogBlocks.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blocks and frames of the buffer debug log (FORMATS.md section 2), read through SQL. */
class BufferDebugLogParserTest {
  private static final String EVENTS =
      "select line, kind, pid, device, buffer_type, address, size, ref_count, buffer_ptr, \"time\", owns_data, hooked"
          + " from events order by seq";
  private static final String ACCOUNTING =
      "select format, lines, events, event_lines, other_lines, parse_errors from sources";
  private static final String FRAMES =
      "select stack_id, depth, \"module\", symbol, \"function\" from frames order by stack_id, depth";
  private static final String CALLSITES = "select kind, callsite from events order by seq";

  /** A stack whose first frames are all plumbing of the default skip list, then ttnn::foo. */
  private static final List<String> PLUMBING =
      block(
          "BUFFER ALLOCATED",
          "Time: 10:00:00",
          "Device: 0",
          "Address: 0x1000 (4096)",
          "Size: 4096 bytes (4 KB)",
          "Type: L1",
          "Buffer*: 0x55f3b41c0000",
          "Owns Data: yes",
          "Hooked: no",
          "Call Stack:",
          "    " + LIBTT + ": tt::tt_metal::Allocator::allocate_buffer(tt::tt_metal::Buffer*)",
          "    " + LIBTT + ": tt::tt_metal::allocator::find_space(unsigned long)",
          "    " + LIBTT + ": tt::tt_metal::GraphTracker::track_allocate(tt::tt_metal::Buffer const*)",
          "    " + LIBTT + ": tt::tt_metal::distributed::MeshBuffer::create(tt::tt_metal::distributed::MeshDevice*)",
          "    " + TTNN + ": std::_Function_handler<void (int), ttnn::foo(int)::{lambda(int)#1}>::_M_invoke(std::_Any_data const&, int&&)",
          "    " + TTNN + ": __gnu_cxx::new_allocator<char>::allocate(unsigned long, void const*)",
          "    " + TTNN + ": ttnn::foo(int)",
          "    python3: _PyEval_EvalFrameDefault");

  @TempDir Path dir;

  @Test
  void allocatedBlockWithAllFields() throws Exception {
    // The first example of FORMATS.md 2.4. The event's line is the block's separator; Address
    // 0x2f4a0000 = 793378816 and Buffer* 0x55f3b41c9e80 = 94505187188352; the debug log has no
    // pid or ref_count. All 17 lines of the block (separator to empty line) are event lines.
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", lines(ALLOCATED))) {
      assertEquals(
          List.of(
              "line=1; kind=alloc; pid=null; device=1; buffer_type=DRAM; address=793378816; size=3145728; ref_count=null;"
                  + " buffer_ptr=94505187188352; time=09:41:07; owns_data=true; hooked=false"),
          q.rows(EVENTS));
      assertEquals(
          List.of("format=buffer_debug; lines=17; events=1; event_lines=17; other_lines=0; parse_errors=0"),
          q.rows(ACCOUNTING));
    }
  }

  @Test
  void deallocatedAndDestructorBlocks() throws Exception {
    // The three examples one after the other: blocks start at lines 1, 18 (1 + 17) and 31
    // (18 + 13). DEALLOCATED and DESTRUCTOR print no Owns Data or Hooked, so those are NULL;
    // 0x174000 = 1523712 and 0x55f3b4d07a10 = 94505198975504.
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", lines(ALLOCATED, DEALLOCATED, DESTRUCTOR))) {
      assertEquals(
          List.of(
              "line=1; kind=alloc; pid=null; device=1; buffer_type=DRAM; address=793378816; size=3145728; ref_count=null;"
                  + " buffer_ptr=94505187188352; time=09:41:07; owns_data=true; hooked=false",
              "line=18; kind=free; pid=null; device=1; buffer_type=DRAM; address=793378816; size=3145728; ref_count=null;"
                  + " buffer_ptr=94505187188352; time=09:41:09; owns_data=null; hooked=null",
              "line=31; kind=destructor; pid=null; device=3; buffer_type=L1; address=1523712; size=49152; ref_count=null;"
                  + " buffer_ptr=94505198975504; time=09:41:12; owns_data=null; hooked=null"),
          q.rows(EVENTS));
      assertEquals(
          List.of("format=buffer_debug; lines=43; events=3; event_lines=43; other_lines=0; parse_errors=0"),
          q.rows(ACCOUNTING));
    }
  }

  @Test
  void hookedZeroFrameAndOtherTypeBlocks() throws Exception {
    // A hooked graph-capture buffer (Address 0x0 (0), Owns Data no, Hooked yes) with no frames:
    // 0 frames is valid and leaves stack_id and callsite NULL. Type OTHER (SYSTEM_MEMORY or
    // TRACE) and L1_SMALL are kept as printed; sizes come from the bytes, not the %g KB
    // ("0.0976562" for 100 bytes, "1.04858e+06" for 1 GiB).
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "buffers.log",
            lines(
                block("BUFFER ALLOCATED", "Time: 23:59:59", "Device: 0", "Address: 0x0 (0)",
                    "Size: 100 bytes (0.0976562 KB)", "Type: L1_SMALL", "Buffer*: 0x55f3b41c1000",
                    "Owns Data: no", "Hooked: yes", "Call Stack:"),
                block("BUFFER ALLOCATED", "Time: 00:00:01", "Device: 7", "Address: 0xfffff000 (4294963200)",
                    "Size: 1073741824 bytes (1.04858e+06 KB)", "Type: OTHER", "Buffer*: 0x55f3b41c2000",
                    "Owns Data: yes", "Hooked: no", "Call Stack:", "    python3: _PyEval_EvalFrameDefault")))) {
      // File order is kept even though the time of day jumps back across midnight.
      assertEquals(
          List.of(
              "line=1; kind=alloc; pid=null; device=0; buffer_type=L1_SMALL; address=0; size=100; ref_count=null;"
                  + " buffer_ptr=94505187151872; time=23:59:59; owns_data=false; hooked=true",
              "line=13; kind=alloc; pid=null; device=7; buffer_type=OTHER; address=4294963200; size=1073741824;"
                  + " ref_count=null; buffer_ptr=94505187155968; time=00:00:01; owns_data=true; hooked=false"),
          q.rows(EVENTS));
      assertEquals(
          List.of("stack_id=null; callsite=null", "stack_id=0; callsite=_PyEval_EvalFrameDefault"),
          q.rows("select stack_id, callsite from events order by seq"));
      q.checkLineAccounting();
      assertEquals("0", q.scalar("select count(*) from parse_errors"));
    }
  }

  @Test
  void framesOfEveryShape() throws Exception {
    // FORMATS.md 2.3: a line splits at its first ": " into module and symbol. Demangled C++ keeps
    // its parameters in symbol, not in function; an empty symbol (line ending ": ") stays empty;
    // a C name is its own function; a raw [0x…] frame has no module, so module is NULL.
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", lines(ALLOCATED))) {
      assertEquals(
          List.of(
              "stack_id=0; depth=0; module=" + LIBTT + "; symbol=tt::tt_metal::Buffer::create(tt::tt_metal::IDevice*,"
                  + " unsigned long, unsigned long, tt::tt_metal::BufferType); function=tt::tt_metal::Buffer::create",
              "stack_id=0; depth=1; module=" + TTNN + "; symbol=ttnn::operations::matmul::Matmul::create_output_tensors("
                  + "std::vector<tt::tt_metal::Tensor, std::allocator<tt::tt_metal::Tensor> > const&) const;"
                  + " function=ttnn::operations::matmul::Matmul::create_output_tensors",
              "stack_id=0; depth=2; module=" + TTNN + "; symbol=; function=",
              "stack_id=0; depth=3; module=python3; symbol=_PyEval_EvalFrameDefault; function=_PyEval_EvalFrameDefault",
              "stack_id=0; depth=4; module=null; symbol=[0x7f2c19a3e1b4]; function=[0x7f2c19a3e1b4]"),
          q.rows(FRAMES));
      assertEquals("0", q.scalar("select stack_id from events"));
      q.checkLineAccounting();
    }
  }

  @Test
  void identicalStacksShareOneStackId() throws Exception {
    // Two allocations with the same five frames (different addresses and Buffer*) intern one
    // stack; the deallocation's three frames are another. frames holds each distinct stack once:
    // 5 + 3 rows.
    List<String> second = ALLOCATED.stream()
        .map(l -> l.replace("0x2f4a0000 (793378816)", "0x30000000 (805306368)").replace("0x55f3b41c9e80", "0x55f3b41ca000"))
        .toList();
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", lines(ALLOCATED, second, DEALLOCATED))) {
      assertEquals(
          List.of("address=793378816; stack_id=0", "address=805306368; stack_id=0", "address=793378816; stack_id=1"),
          q.rows("select address, stack_id from events order by seq"));
      assertEquals("8", q.scalar("select count(*) from frames"));
      assertEquals(
          List.of("stack_id=0; n=5", "stack_id=1; n=3"),
          q.rows("select stack_id, count(*) as n from frames group by stack_id order by stack_id"));
      q.checkLineAccounting();
    }
  }

  @Test
  void callsiteSkipsDefaultPlumbing() throws Exception {
    // The callsite is the first frame that is neither an empty symbol nor a function under a
    // default skip prefix: Buffer::create, Buffer::deallocate, ~Buffer, ~MeshBuffer, Allocator,
    // allocator::, GraphTracker, MeshBuffer, std:: and __gnu_cxx:: frames are all passed over.
    // Tensor::deallocate is not plumbing. A stack of plumbing and empty symbols has no callsite.
    // A raw return address (no module) names no function: the frame after it is the callsite.
    List<String> rawFirst =
        block("BUFFER DEALLOCATED", "Time: 09:41:10", "Device: 0", "Address: 0x2000 (8192)",
            "Size: 4096 bytes (4 KB)", "Type: L1", "Buffer*: 0x55f3b41c0010", "Call Stack:",
            "    [0x7f2c19a3e1b4]", "    " + TTNN + ": ttnn::bar()");
    List<String> onlyPlumbing =
        block("BUFFER DEALLOCATED", "Time: 09:41:10", "Device: 0", "Address: 0x1000 (4096)",
            "Size: 4096 bytes (4 KB)", "Type: L1", "Buffer*: 0x55f3b41c0000", "Call Stack:",
            "    " + LIBTT + ": tt::tt_metal::Buffer::deallocate()", "    " + TTNN + ": ");
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "buffers.log", lines(ALLOCATED, DEALLOCATED, DESTRUCTOR, PLUMBING, onlyPlumbing, rawFirst))) {
      assertEquals(
          List.of(
              "kind=alloc; callsite=ttnn::operations::matmul::Matmul::create_output_tensors",
              "kind=free; callsite=tt::tt_metal::Tensor::deallocate",
              "kind=destructor; callsite=ttnn::operations::core::deallocate",
              "kind=alloc; callsite=ttnn::foo",
              "kind=free; callsite=null",
              "kind=free; callsite=ttnn::bar"),
          q.rows(CALLSITES));
      q.checkLineAccounting();
    }
  }

  @Test
  void callsiteSkipInTheUrlReplacesTheDefaults() throws Exception {
    // callsite_skip replaces the list rather than extending it: with only Buffer:: and the
    // matmul namespace skipped, the first allocation's callsite moves past Matmul (and the empty
    // symbol) to the C frame, while the plumbing stack stops at its first frame, Allocator, which
    // only the default list skips.
    Path log = QueryFixture.writeLog(dir, "buffers.log", lines(ALLOCATED, PLUMBING));
    try (QueryFixture q = QueryFixture.open(log + ";callsite_skip=tt::tt_metal::Buffer::, ttnn::operations::matmul::")) {
      assertEquals(
          List.of(
              "kind=alloc; callsite=_PyEval_EvalFrameDefault",
              "kind=alloc; callsite=tt::tt_metal::Allocator::allocate_buffer"),
          q.rows(CALLSITES));
    }
    // An empty list skips nothing but empty symbols: frame 0 is the callsite.
    try (QueryFixture q = QueryFixture.open(log + ";callsite_skip=")) {
      assertEquals(
          List.of("kind=alloc; callsite=tt::tt_metal::Buffer::create", "kind=alloc; callsite=tt::tt_metal::Allocator::allocate_buffer"),
          q.rows(CALLSITES));
      q.checkLineAccounting();
    }
  }

  @Test
  void callsiteSkipAsAConnectionProperty() throws Exception {
    // The same setting through Properties: skipping all of tt::tt_metal:: leaves the DEALLOCATED
    // stack (two tt_metal frames and an empty symbol) without a callsite, and moves the plumbing
    // stack's callsite to its first std:: frame, which the replaced list no longer skips.
    Path log = QueryFixture.writeLog(dir, "buffers.log", lines(ALLOCATED, DEALLOCATED, PLUMBING));
    Properties info = new Properties();
    info.setProperty("callsite_skip", "tt::tt_metal::");
    try (QueryFixture q = QueryFixture.open(log.toString(), info)) {
      assertEquals(
          List.of(
              "kind=alloc; callsite=ttnn::operations::matmul::Matmul::create_output_tensors",
              "kind=free; callsite=null",
              "kind=alloc; callsite=std::_Function_handler<void (int), ttnn::foo(int)::{lambda(int)#1}>::_M_invoke"),
          q.rows(CALLSITES));
      q.checkLineAccounting();
    }
  }

  @Test
  void crlfLineEndsAreDropped() throws Exception {
    // A log copied through Windows ends its lines with CR LF. The CR is dropped, so the empty
    // line still closes each block, Time still parses, and the empty symbol stays empty.
    Path log = QueryFixture.writeText(dir, "buffers.log", String.join("\r\n", lines(ALLOCATED, DEALLOCATED)) + "\r\n");
    try (QueryFixture q = QueryFixture.open(log.toString())) {
      assertEquals(
          List.of("line=1; kind=alloc; time=09:41:07", "line=18; kind=free; time=09:41:09"),
          q.rows("select line, kind, \"time\" from events order by seq"));
      assertEquals(
          List.of("function=tt::tt_metal::Buffer::deallocate", "function=tt::tt_metal::Tensor::deallocate", "function="),
          q.rows("select \"function\" from frames where stack_id = 1 order by depth"));
      assertEquals("0", q.scalar("select count(*) from parse_errors"));
      q.checkLineAccounting();
    }
  }
}
