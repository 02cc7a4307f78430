package io.ttsql.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leaks without a call stack, or whose stack is all buffer plumbing (no callsite): leak-stacks
 * keeps them as one {@code (no stack)} row, and summary tells the two apart.
 */
class StacklessLeaksTest {
  private static final String SEPARATOR = "═".repeat(59);

  @TempDir Path dir;

  @Test
  void theLeaksOfAServerLogAreOneRowWithoutAStack() throws Exception {
    // Server logs record no stacks. pid 100 leaks 4096 bytes at (0, 0x1000) and 8192 at
    // (0, 0x2000), and frees its 1024 at (1, 0x3000): one row of 2 leaks, 4096 + 8192 = 12288
    // bytes, stack_id and callsite NULL. The query kept only stacks, so it gave no row, and a
    // --fail-if-rows gate passed on a log that leaks.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "✓ [PID 100] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
        "✓ [PID 100] Allocated 8192 bytes of DRAM on device 0 (buffer_id=0x2000)",
        "✓ [PID 100] Allocated 1024 bytes of DRAM on device 1 (buffer_id=0x3000)",
        "✗ [PID 100] Freed buffer 0x3000 on device 1 (1024 bytes, FINAL)")) {
      assertEquals(
          List.of("stack_id=null; callsite=null; leaks=2; leaked_bytes=12288; leaked=12 KB; stack=(no stack)"),
          leakStacks(q));
    }
  }

  @Test
  void leaksWithoutAStackAreRankedByTheirBytesAmongTheStacks() throws Exception {
    // A buffer debug log whose blocks 3 and 4 list no frame under "Call Stack:". Leaked: 1 MB
    // from Matmul (stack 0), 4096 bytes from CreateCircularBuffer (stack 1), and 8192 + 2048 =
    // 10240 bytes without a stack; the 64 KB of block 5, also without a stack, is freed by block
    // 6 and counts nowhere. By leaked bytes: Matmul, then (no stack), then CreateCircularBuffer.
    try (QueryFixture q = QueryFixture.ofLog(dir, "tt_buffer_debug.log", join(
        allocated(0x100000, 1048576, "DRAM", 0x10, "tt::tt_metal::Buffer::create()",
            "ttnn::operations::matmul::Matmul::create_output_tensors() const"),
        allocated(0x10000, 4096, "L1", 0x20, "tt::tt_metal::Buffer::create()",
            "tt::tt_metal::CreateCircularBuffer()"),
        allocated(0x200000, 8192, "DRAM", 0x30),
        allocated(0x14000, 2048, "L1", 0x40),
        allocated(0x300000, 65536, "DRAM", 0x50),
        deallocated(0x300000, 65536, "DRAM", 0x50)))) {
      assertEquals("0", q.scalar("select count(*) from parse_errors"));
      assertEquals(
          List.of("stack_id=0; callsite=ttnn::operations::matmul::Matmul::create_output_tensors; leaks=1;"
                  + " leaked_bytes=1048576; leaked=1 MB; stack=tt::tt_metal::Buffer::create\n"
                  + "ttnn::operations::matmul::Matmul::create_output_tensors",
              "stack_id=null; callsite=null; leaks=2; leaked_bytes=10240; leaked=10 KB; stack=(no stack)",
              "stack_id=1; callsite=tt::tt_metal::CreateCircularBuffer; leaks=1; leaked_bytes=4096; leaked=4 KB;"
                  + " stack=tt::tt_metal::Buffer::create\ntt::tt_metal::CreateCircularBuffer"),
          leakStacks(q));
    }
  }

  @Test
  void summaryTellsLeaksWithoutAStackFromLeaksWithoutACallsite() throws Exception {
    // Three leaks: 8192 bytes whose stack is only buffer plumbing (no callsite), 4096 without a
    // stack, 2048 from Matmul. summary put the first two under one "(no stack)", though the
    // flame graph and leak-stacks show a stack for the first.
    try (QueryFixture q = QueryFixture.ofLog(dir, "tt_buffer_debug.log", join(
        allocated(0x100000, 8192, "DRAM", 0x10, "tt::tt_metal::Buffer::create()"),
        allocated(0x200000, 4096, "DRAM", 0x20),
        allocated(0x300000, 2048, "DRAM", 0x30, "tt::tt_metal::Buffer::create()",
            "ttnn::operations::matmul::Matmul::create_output_tensors() const")))) {
      assertEquals(
          List.of("item=(no callsite); n=1; bytes=8192", "item=(no stack); n=1; bytes=4096",
              "item=ttnn::operations::matmul::Matmul::create_output_tensors; n=1; bytes=2048"),
          q.rows("select item, \"count\" as n, bytes from (" + QueryLibrary.standard().get("summary").bind(Map.of()).replaceFirst(";\\s*$", "")
              + ") as s where section = 'leaking callsite' order by bytes desc"));
    }
  }

  private static List<String> leakStacks(QueryFixture q) {
    return q.rows(QueryLibrary.standard().get("leak-stacks").bind(Map.of()));
  }

  /** An allocation block of device 0 with {@code functions} as its frames, in libtt_metal.so. */
  private static String[] allocated(long address, long size, String type, long buffer, String... functions) {
    return block("BUFFER ALLOCATED", address, size, type, buffer, List.of("Owns Data: yes", "Hooked: no"), functions);
  }

  /** A deallocation block of device 0 without frames. */
  private static String[] deallocated(long address, long size, String type, long buffer) {
    return block("BUFFER DEALLOCATED", address, size, type, buffer, List.of());
  }

  private static String[] block(String header, long address, long size, String type, long buffer, List<String> more,
      String... functions) {
    List<String> lines = new ArrayList<>(List.of(SEPARATOR, header, "Time: 09:41:07", "Device: 0",
        String.format(Locale.ROOT, "Address: 0x%x (%d)", address, address),
        String.format(Locale.ROOT, "Size: %d bytes (%d KB)", size, size / 1024),
        "Type: " + type, String.format(Locale.ROOT, "Buffer*: 0x55f3b41c00%02x", buffer)));
    lines.addAll(more);
    lines.add("Call Stack:");
    for (String function : functions) {
      lines.add("    /opt/tt-metal/build/lib/libtt_metal.so: " + function);
    }
    lines.add("");
    return lines.toArray(String[]::new);
  }

  private static String[] join(String[]... blocks) {
    return Arrays.stream(blocks).flatMap(Arrays::stream).toArray(String[]::new);
  }
}
