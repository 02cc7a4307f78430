package io.ttsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQL functions as queries see them: registered on every schema, stack functions reading their own schema's trace. */
class SqlFunctionsTest {
  private static final String SEPARATOR = "═".repeat(59);

  @TempDir Path dir;

  /** A debug log with one allocation (stack id 0, four frames) and its free (stack id 1, two frames). */
  private Path debugLog() {
    return QueryFixture.writeLog(dir, "tt_buffer_debug.log",
        SEPARATOR,
        "BUFFER ALLOCATED",
        "Time: 09:41:07",
        "Device: 1",
        "Address: 0x2f4a0000 (793378816)",
        "Size: 3145728 bytes (3072 KB)",
        "Type: DRAM",
        "Buffer*: 0x55f3b41c9e80",
        "Owns Data: yes",
        "Hooked: no",
        "Call Stack:",
        "    /lib/libtt_metal.so: tt::tt_metal::Buffer::create(tt::tt_metal::IDevice*, unsigned long)",
        "    /lib/_ttnn.so: ttnn::operations::matmul::Matmul::create_output_tensors(std::vector<int> const&) const",
        "    /lib/_ttnn.so: ",
        "    python3: _PyEval_EvalFrameDefault",
        "",
        SEPARATOR,
        "BUFFER DEALLOCATED",
        "Time: 09:41:09",
        "Device: 1",
        "Address: 0x2f4a0000 (793378816)",
        "Size: 3145728 bytes (3072 KB)",
        "Type: DRAM",
        "Buffer*: 0x55f3b41c9e80",
        "Call Stack:",
        "    /lib/libtt_metal.so: tt::tt_metal::Buffer::deallocate()",
        "    /lib/libtt_metal.so: tt::tt_metal::Tensor::deallocate(bool)",
        "");
  }

  private Path serverLog() {
    return QueryFixture.writeLog(dir, "debug.log",
        "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x18b20)");
  }

  @Test
  void pureFunctionsWorkOnColumnsAndNulls() throws Exception {
    // 0x18b20 = 101152; 4096 bytes = 4 KB, in the bucket [4 KB, 8 KB) whose low end is 4096.
    try (QueryFixture q = QueryFixture.open(serverLog().toString())) {
      assertEquals(List.of("a=0x18b20; b=101152; h=4 KB; k=4 KB – 8 KB; low=4096"),
          q.rows("select hex(address) as a, parse_address(hex(address)) as b, human_bytes(size) as h,"
              + " size_bucket(size) as k, size_bucket_low(size) as low from allocations"));
      assertEquals(List.of("a=null; b=null; h=null; s=null"),
          q.rows("select hex(stack_id) as a, parse_address(callsite) as b, human_bytes(stack_id) as h,"
              + " short_function(callsite) as s from allocations"));
      // An INTEGER argument (device) is widened to the BIGINT parameter; names are case-insensitive.
      assertEquals("0x0", q.scalar("select HEX(device) from allocations"));
    }
  }

  @Test
  void stackFunctionsReadTheFramesOfTheirSchema() throws Exception {
    // Stack 0 is the allocation's: frame 1 is the Matmul function, frame 2 a hidden symbol (its
    // module stands in for it in stack_text), frame 4 does not exist.
    try (QueryFixture q = QueryFixture.open(debugLog().toString())) {
      assertEquals(List.of("f0=tt::tt_metal::Buffer::create; f1=ttnn::operations::matmul::Matmul::create_output_tensors;"
              + " f4=null; neg=null; s=Matmul::create_output_tensors"),
          q.rows("select frame_at(stack_id, 0) as f0, frame_at(stack_id, 1) as f1, frame_at(stack_id, 4) as f4,"
              + " frame_at(stack_id, -1) as neg, short_function(callsite) as s from allocations"));
      assertEquals("tt::tt_metal::Buffer::create\nttnn::operations::matmul::Matmul::create_output_tensors\n"
              + "/lib/_ttnn.so\n_PyEval_EvalFrameDefault",
          q.scalar("select stack_text(stack_id) from allocations"));
      assertEquals(List.of("seq=0; m=true; t=false; n=null", "seq=1; m=false; t=true; n=null"),
          q.rows("select seq, stack_contains(stack_id, 'Matmul') as m, stack_contains(stack_id, 'Tensor::') as t,"
              + " stack_contains(stack_id, cast(null as varchar)) as n from events order by seq"));
      // Constant arguments work too (Calcite may evaluate such calls while planning); an unknown stack id gives NULL.
      assertEquals(List.of("f=tt::tt_metal::Buffer::deallocate; u=null; c=null"),
          q.rows("select frame_at(1, 0) as f, stack_text(99) as u, stack_contains(cast(null as bigint), 'x') as c"
              + " from (values (1)) as t(x)"));
    }
  }

  @Test
  void eachSchemaHasItsOwnStackFunctions() throws Exception {
    // main (the server log) has no stacks, so stack 0 is unknown there; stacks.frame_at reads the debug log.
    try (QueryFixture q = QueryFixture.open(serverLog() + ";stacks=" + debugLog())) {
      assertEquals(List.of("other=tt::tt_metal::Buffer::create"),
          q.rows("select stacks.frame_at(stack_id, 0) as other from stacks.allocations"));
      assertEquals(List.of("own=null"),
          q.rows("select frame_at(stack_id, 0) as own from stacks.allocations"));
      assertEquals("0x0", q.scalar("select stacks.hex(0) from (values (1)) as t(x)"));
    }
  }
}
