package io.ttsql.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packaged library: its index, its files, and names that must read nothing. */
class QueryLibraryTest {
  private static final Path FOLDER = Path.of("").toAbsolutePath();

  @Test
  void holdsTheQueriesOfTheIssueAndMore() {
    List<String> names = QueryLibrary.standard().names();
    for (String required : List.of("net-leaks", "leaks-by-callsite", "top-callsites", "size-histogram",
        "address-reuse", "unmatched-frees", "peak-usage", "summary", "leaks-by-pid", "long-lived", "stats-vs-replay",
        "leak-origins", "diff-leaks-by-callsite", "diff-leaks-by-address")) {
      assertTrue(names.contains(required), required);
    }
  }

  @Test
  void indexListsExactlyTheSqlFilesOfTheFolder() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(FOLDER)) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
    }
    assertEquals(files, QueryLibrary.standard().names().stream().sorted().toList(), "queries/index.txt");
  }

  @Test
  void everyQueryLoads() {
    for (SavedQuery q : QueryLibrary.standard().all()) {
      assertTrue(!q.description().contains("\n") && q.description().length() < 120, q.name());
    }
  }

  @Test
  void namesOutsideTheIndexReadNoFile() {
    List<String> opened = new ArrayList<>();
    Map<String, String> files = Map.of(
        "/io/ttsql/queries/index.txt", "# queries\nnet-leaks\n",
        "/io/ttsql/queries/net-leaks.sql", "-- name: net-leaks\n-- description: d\nselect 1");
    QueryLibrary library = new QueryLibrary(path -> {
      opened.add(path);
      String text = files.get(path);
      return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    });
    for (String bad : List.of("../net-leaks", "net-leaks.sql", "/etc/passwd", "..\\net-leaks", "queries/net-leaks",
        "index", "NET-LEAKS", "")) {
      assertTrue(library.find(bad).isEmpty(), bad);
      assertEquals("no saved query named " + bad, assertThrows(QueryException.class, () -> library.get(bad)).getMessage());
    }
    assertEquals(List.of("/io/ttsql/queries/index.txt"), opened);
    assertEquals("select 1", library.get("net-leaks").sql());
    assertEquals(List.of("/io/ttsql/queries/index.txt", "/io/ttsql/queries/net-leaks.sql"), opened);
  }

  @Test
  void aListedFileWithoutHeaderIsRejected() {
    QueryLibrary library = new QueryLibrary(path -> stream(path.endsWith("index.txt") ? "broken\n" : "select 1;\n"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> library.get("broken"));
    assertTrue(e.getMessage().startsWith("/io/ttsql/queries/broken.sql: no header"), e.getMessage());
  }

  @Test
  void aBadIndexIsRejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new QueryLibrary(path -> stream("a\n../b\n")));
    assertEquals("/io/ttsql/queries/index.txt: bad or repeated query name ../b", e.getMessage());
  }

  @Test
  void theTwoLogQueriesAlignTheLogsWithTheSameText() throws IOException {
    // Each query file stays whole, to read and to run elsewhere, so the run alignment is written
    // in both: a change to one must be made to the other.
    assertEquals(sharedPart("leak-origins.sql"), sharedPart("leak-origins-summary.sql"));
  }

  private static String sharedPart(String file) throws IOException {
    String sql = Files.readString(FOLDER.resolve(file), StandardCharsets.UTF_8);
    int start = sql.indexOf("with anchors as (");
    int end = sql.indexOf("-- end of shared");
    assertTrue(start >= 0 && end > start, file);
    return sql.substring(start, end);
  }

  @Test
  void readmeListsEveryQuery() throws IOException {
    String readme = Files.readString(FOLDER.resolve("../README.md"), StandardCharsets.UTF_8);
    StringBuilder table = new StringBuilder("| query | answers |\n|---|---|\n");
    for (SavedQuery q : QueryLibrary.standard().all()) {
      table.append("| `").append(q.name()).append("` | ").append(q.description()).append(" |\n");
    }
    assertTrue(readme.contains(table), "README.md must hold this table, generated from the library:\n" + table);
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
