package io.ttsql.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.model.EventKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Joining the parts of a file shifts their line numbers by the lines of the parts before them. */
class TraceAssemblerTest {
  private static final byte[] TEXT = "garbage".getBytes(StandardCharsets.UTF_8);

  @Test
  void aBlockErrorNamesItsLineInTheFilesNumbering() {
    // The second part starts after the first one's 100 lines: its lines 2 and 3, of a block that
    // broke at its line 3, are the file's lines 102 and 103, and the reason names line 103.
    TracePart first = new TracePart();
    first.parseError(7, "not a server log line", TEXT, 0, TEXT.length);
    first.recognized(99);
    TracePart second = new TracePart();
    second.recognized(3);
    second.blockError(2, "broken alloc block: bad", 3, TEXT, 0, TEXT.length);
    second.blockError(3, "broken alloc block: bad", 3, TEXT, 0, TEXT.length);
    TraceAssembler assembler = new TraceAssembler();
    assembler.addFile("a.log", "buffer_debug", 0, List.of(first, second), new long[] {100, 5}, 0, null);

    assertEquals(
        List.of(
            new ParseError(0, 7, "not a server log line", "garbage"),
            new ParseError(0, 102, "broken alloc block: bad at line 103", "garbage"),
            new ParseError(0, 103, "broken alloc block: bad at line 103", "garbage")),
        assembler.build().parseErrors());
  }

  @Test
  void anEventBeyondLine4294967295FailsThoughItsPartIsShort() {
    // Lines are kept as unsigned ints: the event on the second part's line 1 is the file's line
    // 2^32, one too many, although neither part alone is that long.
    TracePart first = new TracePart();
    TracePart second = new TracePart();
    second.addServerEvent(EventKind.ALLOC, 1, 1, 0, BufferType.L1, 0x1000, 64, 1);
    TraceAssembler assembler = new TraceAssembler();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> assembler.addFile("a.log", "server", 0, List.of(first, second), new long[] {0xffff_ffffL, 1}, 0, null));
    assertEquals("more than 4294967295 lines in one file", e.getMessage());
  }
}
