package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ttsql flamegraph}, {@code timeline} and {@code report} on the command line. */
class PicturesCliTest {
  @TempDir Path dir;

  @Test
  void foldedLeakedBytesOfTheDebugSample() {
    // samples/README.md: the trace buffer never released is 8 x 2 MiB (16,777,216 bytes) from
    // populate_mesh_buffer; the last two concat outputs (2 x 64 KiB) and the global circular buffer
    // (128 KiB) are never freed either. Every other stack was freed: it has no leaked bytes, no line.
    CliRun run = CliRun.of("flamegraph", "--folded", "sample:tt_buffer_debug.log", "-o", "-");
    assertEquals(0, run.status(), run.err());
    String plumbing = ";tt::tt_metal::Buffer::create;tt::tt_metal::Buffer::allocate_impl";
    assertEquals("_PyEval_EvalFrameDefault;[_ttnn.so];ttnn::global_circular_buffer::create_global_circular_buffer;"
        + "tt::tt_metal::experimental::GlobalCircularBuffer::GlobalCircularBuffer;"
        + "tt::tt_metal::experimental::GlobalCircularBuffer::setup_cb_buffers" + plumbing + " 131072\n"
        + "_PyEval_EvalFrameDefault;[_ttnn.so];ttnn::operations::data_movement::concat_impl;"
        + "ttnn::operations::data_movement::ConcatDeviceOperation::create_output_tensors;[libtt_metal.so];"
        + "tt::tt_metal::distributed::MeshBuffer::create" + plumbing + " 131072\n"
        + "_PyEval_EvalFrameDefault;ttnn::operations::trace::end_trace_capture;"
        + "tt::tt_metal::distributed::MeshDevice::end_mesh_trace;tt::tt_metal::distributed::FDMeshCommandQueue::record_end;"
        + "tt::tt_metal::distributed::MeshTrace::populate_mesh_buffer;tt::tt_metal::distributed::MeshBuffer::create"
        + plumbing + " 16777216\n", run.out());
  }

  @Test
  void withNoLogTheFlameGraphIsOfTheSampleWithStacks() {
    // The default sample is the server log, which has no stacks: one "(no stack)" bar. The
    // flame graph takes the debug sample instead, whose stacks give the lines above.
    CliRun given = CliRun.of("flamegraph", "--folded", "sample:tt_buffer_debug.log", "-o", "-");
    CliRun none = CliRun.of("flamegraph", "--folded", "-o", "-");
    assertEquals(0, none.status(), none.err());
    assertEquals(given.out(), none.out());
    assertTrue(none.out().contains("populate_mesh_buffer"), none.out());
  }

  @Test
  void leaksWeightCountsTheLeaksOfEachStack() {
    CliRun run = CliRun.of("flamegraph", "--folded", "--weight", "leaks", "sample:tt_buffer_debug.log", "-o", "-");
    assertEquals(0, run.status(), run.err());
    // The same three stacks: 1 global circular buffer, 2 concat outputs, 8 trace buffers (samples/README.md).
    assertEquals("1 2 8", String.join(" ", run.out().lines().map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList()));
  }

  @Test
  void eachPictureIsWrittenToItsFile() throws Exception {
    for (String command : new String[] {"flamegraph", "timeline", "report"}) {
      Path out = dir.resolve(command + ".out");
      CliRun run = CliRun.of(command, "sample:tt_buffer_debug.log", "-o", out.toString());
      assertEquals(0, run.status(), command + ": " + run.err());
      assertEquals("", run.out(), command);
      String text = Files.readString(out);
      assertTrue(text.startsWith(command.equals("report") ? "<!DOCTYPE html>" : "<?xml"), command);
    }
  }

  @Test
  void mistakesAreOneLineAndExitTwo() {
    String out = dir.resolve("f.svg").toString();
    assertError("ttsql: --where \"colour = 1\": Column 'colour' not found in any table",
        CliRun.of("flamegraph", "--where", "colour = 1", "sample:tt_buffer_debug.log", "-o", out));
    // The parser saw the condition end in the parenthesis around it: Encountered "> )", a ) never typed.
    assertError("ttsql: --where \"size >\": syntax error at end of input",
        CliRun.of("flamegraph", "--where", "size >", "sample:tt_buffer_debug.log", "-o", out));
    assertError("ttsql: unknown --weight size (weights: leaked_bytes, leaks, bytes, allocations)",
        CliRun.of("flamegraph", "--weight", "size", "-o", out));
    assertError("ttsql: timeline needs -o FILE (or -o - for standard output)", CliRun.of("timeline"));
    assertError("ttsql: timeline needs -o FILE (or -o - for standard output)", CliRun.of("timeline", "-o", ""));
    Path plain = QueryFixture.writeText(dir, "plain.txt", "mine");
    assertError("ttsql: cannot write " + plain + "/t.svg: " + plain + " is a file, not a folder",
        CliRun.of("timeline", "-o", plain + "/t.svg"));
    assertError("ttsql: --weight does not apply to timeline", CliRun.of("timeline", "--weight", "leaks", "-o", out));
    String log = QueryFixture.writeLog(dir, "debug.log",
        "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)").toString();
    assertError("ttsql: report draws one trace, not 2 schemas: give the logs without NAME= and they load as one trace",
        CliRun.of("report", "a=" + log, "b=" + log, "-o", out));
    assertTrue(Files.notExists(Path.of(out)), "nothing is written after a mistake");
  }

  private static void assertError(String expected, CliRun run) {
    assertEquals(2, run.status(), run.err());
    assertEquals(expected, run.err().lines().findFirst().orElse(""), run.err());
    assertEquals("", run.out());
  }
}
