package io.ttsql.engine.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Buffer debug log text for tests: the three example blocks of FORMATS.md 2.4, verbatim, and a
 * builder for other blocks. Lines come without newlines, ready for {@link QueryFixture#writeLog}.
 */
public final class DebugLogBlocks {
  /** The block separator: 59 times U+2550. */
  public static final String SEPARATOR = "═".repeat(59);
  /** Module of the TT-Metal frames of the examples. */
  public static final String LIBTT = "/home/user/tt-metal/build/lib/libtt_metal.so";
  /** Module of the TTNN frames of the examples. */
  public static final String TTNN = "/home/user/tt-metal/build/lib/_ttnn.so";

  /** An allocation: 17 lines, five frames (C++, C++, empty symbol, C name, raw address). */
  public static final List<String> ALLOCATED =
      block(
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
          "    " + LIBTT + ": tt::tt_metal::Buffer::create(tt::tt_metal::IDevice*, unsigned long, unsigned long,"
              + " tt::tt_metal::BufferType)",
          "    " + TTNN + ": ttnn::operations::matmul::Matmul::create_output_tensors(std::vector<tt::tt_metal::Tensor,"
              + " std::allocator<tt::tt_metal::Tensor> > const&) const",
          "    " + TTNN + ": ",
          "    python3: _PyEval_EvalFrameDefault",
          "    [0x7f2c19a3e1b4]");

  /** The deallocation of {@link #ALLOCATED}'s buffer: 13 lines, three frames. */
  public static final List<String> DEALLOCATED =
      block(
          "BUFFER DEALLOCATED",
          "Time: 09:41:09",
          "Device: 1",
          "Address: 0x2f4a0000 (793378816)",
          "Size: 3145728 bytes (3072 KB)",
          "Type: DRAM",
          "Buffer*: 0x55f3b41c9e80",
          "Call Stack:",
          "    " + LIBTT + ": tt::tt_metal::Buffer::deallocate()",
          "    " + LIBTT + ": tt::tt_metal::Tensor::deallocate(bool)",
          "    " + TTNN + ": ");

  /** A non-owning buffer seen only at its destructor: 13 lines, three frames. */
  public static final List<String> DESTRUCTOR =
      block(
          "BUFFER DESTRUCTOR (still ALLOCATED - will deallocate)",
          "Time: 09:41:12",
          "Device: 3",
          "Address: 0x174000 (1523712)",
          "Size: 49152 bytes (48 KB)",
          "Type: L1",
          "Buffer*: 0x55f3b4d07a10",
          "Call Stack:",
          "    " + LIBTT + ": tt::tt_metal::Buffer::~Buffer()",
          "    " + LIBTT + ": tt::tt_metal::distributed::MeshBuffer::~MeshBuffer()",
          "    " + TTNN + ": ttnn::operations::core::deallocate(tt::tt_metal::Tensor&, bool)");

  private DebugLogBlocks() {}

  /** A whole block: the separator, then {@code lines} (header, fields, frames), then the empty line. */
  public static List<String> block(String... lines) {
    List<String> block = new ArrayList<>();
    block.add(SEPARATOR);
    block.addAll(Arrays.asList(lines));
    block.add("");
    return List.copyOf(block);
  }

  /** The lines of {@code parts} one after the other, as {@link QueryFixture#writeLog} takes them. */
  @SafeVarargs
  public static String[] lines(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> part : parts) {
      all.addAll(part);
    }
    return all.toArray(String[]::new);
  }
}
