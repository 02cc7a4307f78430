package io.ttsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file named twice for one schema, by any of its names, is loaded once, with a note. */
class TraceSpecTest {
  @TempDir Path dir;

  @Test
  void aFileGivenTwiceByAnyNameIsLoadedOnce() throws Exception {
    // a.log by its path, through a link and through a relative path with "..", and a missing file
    // twice by one name; b.log once in main and once in schema other, which is no repeat.
    Path a = QueryFixture.writeLog(dir, "a.log", "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)");
    Path b = QueryFixture.writeLog(dir, "b.log", "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x2000)");
    Path link = Files.createSymbolicLink(dir.resolve("link.log"), a);
    Files.createDirectories(dir.resolve("sub"));
    String dotted = dir.resolve("sub").resolve("..").resolve("a.log").toString();
    String missing = dir.resolve("missing.log").toString();
    TraceSpec spec = TraceSpec.fromArgs(
        List.of(a.toString(), b.toString(), link.toString(), dotted, missing, missing, "other=" + b), null);

    List<String> main = new ArrayList<>();
    spec.schemas().get(TraceSpec.DEFAULT_SCHEMA).forEach(source -> main.add(source.name()));
    assertEquals(List.of(a.toString(), b.toString(), missing), main);
    assertEquals(1, spec.schemas().get("other").size());
    assertEquals(
        List.of(link + ": given twice for schema main; loaded once", dotted + ": given twice for schema main; loaded once",
            missing + ": given twice for schema main; loaded once"),
        spec.notes());
  }

  @Test
  void aThousandDistinctFilesAreAllKept() throws Exception {
    // Told apart by their identities, not by comparing each with every one before it.
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      names.add(QueryFixture.writeLog(dir, "f" + i + ".log", "").toString());
    }
    TraceSpec spec = TraceSpec.fromArgs(names, null);
    assertEquals(1000, spec.schemas().get(TraceSpec.DEFAULT_SCHEMA).size());
    assertEquals(List.of(), spec.notes());
  }
}
