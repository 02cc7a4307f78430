package io.ttsql.shell.pictures;

import io.ttsql.engine.testing.DebugLogBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small buffer debug log for the picture tests: four allocations on two call stacks, one freed.
 *
 * <pre>
 * seq 0  alloc  device 1  0x1000  3072 B  stack MATMUL   freed by seq 1
 * seq 1  free   device 1  0x1000
 * seq 2  alloc  device 0  0x2000  8192 B  stack CONCAT   never freed
 * seq 3  alloc  device 0  0x3000  4096 B  stack CONCAT   never freed
 * seq 4  alloc  device 1  0x4000  2048 B  stack MATMUL   never freed
 * </pre>
 *
 * So leaked bytes are 8192 + 4096 = 12288 on CONCAT and 2048 on MATMUL, 14336 in all; allocated
 * bytes are 12288 on CONCAT and 3072 + 2048 = 5120 on MATMUL.
 */
final class StackedLog {
  /** Frame 0 first: the frame nearest the buffer code, then its callers, ending with a raw address. */
  static final List<String> MATMUL = List.of(
      DebugLogBlocks.LIBTT + ": tt::tt_metal::Buffer::create(tt::tt_metal::IDevice*, unsigned long)",
      DebugLogBlocks.TTNN + ": ttnn::operations::matmul::Matmul::create_output_tensors(std::vector<int> const&) const",
      DebugLogBlocks.TTNN + ": ",
      "python3: _PyEval_EvalFrameDefault",
      "[0x7f2c19a3e1b4]");
  /** A stack whose template function holds {@code <} and {@code >}, which the SVG must escape. */
  static final List<String> CONCAT = List.of(
      DebugLogBlocks.LIBTT + ": tt::tt_metal::Buffer::create(tt::tt_metal::IDevice*, unsigned long)",
      DebugLogBlocks.LIBTT + ": tt::tt_metal::Tensor tt::tt_metal::tensor_impl::to_device<bfloat16>(tt::tt_metal::Tensor const&)",
      DebugLogBlocks.TTNN + ": ttnn::operations::data_movement::ConcatDeviceOperation::create_output_tensors(int const&) const",
      "python3: _PyEval_EvalFrameDefault");

  /** The folded leaked bytes: the raw-address root sorts before {@code _PyEval…} ({@code [} is 0x5B, {@code _} 0x5F). */
  static final String FOLDED_LEAKED_BYTES =
      "[0x7f2c19a3e1b4];_PyEval_EvalFrameDefault;[_ttnn.so];ttnn::operations::matmul::Matmul::create_output_tensors;"
          + "tt::tt_metal::Buffer::create 2048\n"
          + "_PyEval_EvalFrameDefault;ttnn::operations::data_movement::ConcatDeviceOperation::create_output_tensors;"
          + "tt::tt_metal::tensor_impl::to_device<bfloat16>;tt::tt_metal::Buffer::create 12288\n";

  private StackedLog() {}

  /** The log's lines. */
  static String[] lines() {
    return DebugLogBlocks.lines(
        allocated(1, 0x1000, 3072, "0x55f3b41c9e80", MATMUL),
        deallocated(1, 0x1000, 3072, "0x55f3b41c9e80"),
        allocated(0, 0x2000, 8192, "0x55f3b41ca0f0", CONCAT),
        allocated(0, 0x3000, 4096, "0x55f3b41ca360", CONCAT),
        allocated(1, 0x4000, 2048, "0x55f3b41ca5d0", MATMUL));
  }

  static List<String> allocated(int device, long address, long size, String bufferPtr, List<String> frames) {
    List<String> lines = new ArrayList<>(fields("BUFFER ALLOCATED", device, address, size, bufferPtr));
    lines.add("Owns Data: yes");
    lines.add("Hooked: no");
    lines.add("Call Stack:");
    frames.forEach(frame -> lines.add("    " + frame));
    return DebugLogBlocks.block(lines.toArray(String[]::new));
  }

  private static List<String> deallocated(int device, long address, long size, String bufferPtr) {
    List<String> lines = new ArrayList<>(fields("BUFFER DEALLOCATED", device, address, size, bufferPtr));
    lines.add("Call Stack:");
    lines.add("    " + DebugLogBlocks.LIBTT + ": tt::tt_metal::Buffer::deallocate()");
    return DebugLogBlocks.block(lines.toArray(String[]::new));
  }

  private static List<String> fields(String header, int device, long address, long size, String bufferPtr) {
    return List.of(header, "Time: 09:41:07", "Device: " + device,
        String.format(Locale.ROOT, "Address: 0x%x (%d)", address, address),
        String.format(Locale.ROOT, "Size: %d bytes (%s KB)", size, size / 1024),
        "Type: DRAM", "Buffer*: " + bufferPtr);
  }
}
