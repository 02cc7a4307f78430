package io.ttsql.shell.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.shell.session.HomeFolder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How dot-command lines split into words and file names expand, as a shell user expects. */
class ArgumentsTest {
  private static final String HOME = HomeFolder.path();

  @Test
  void quotesAndBackslashesKeepSpacesInAWord() {
    assertEquals(List.of("open", "/tmp/with space.log"), Arguments.words("open /tmp/with\\ space.log"));
    assertEquals(List.of("open", "/tmp/with space.log"), Arguments.words("open \"/tmp/with space.log\""));
    // Outside quotes a backslash makes any character plain; inside, only a quote or a backslash.
    assertEquals(List.of("a\"b", "c\\d", "e\\f", "g\"h"), Arguments.words("a\\\"b c\\\\d \"e\\f\" \"g\\\"h\""));
    assertEquals(List.of("x\\"), Arguments.words("x\\"), "a backslash at the end stays");
    // Single quotes keep every character as it is, a backslash too: \\N for PostgreSQL's NULL.
    assertEquals(List.of("nullvalue", "\\N", "a \"b\" c", "p=Matmul%"), Arguments.words("nullvalue '\\N' 'a \"b\" c' p='Matmul%'"));
    assertEquals(List.of("it's"), Arguments.words("\"it's\""), "a single quote inside double quotes is plain");
  }

  @Test
  void aLeadingTildeIsTheHomeFolder() {
    assertEquals(HOME + "/x.log", Arguments.expandHome("~/x.log"));
    assertEquals(HOME, Arguments.expandHome("~"));
    assertEquals("~x/y.log", Arguments.expandHome("~x/y.log"), "another user's home is not looked up");
    assertEquals("a/~/b", Arguments.expandHome("a/~/b"));
  }

  @Test
  void aTildeIsExpandedInTheLogOfNameEqualsLog() {
    assertEquals("big=" + HOME + "/x.log", Arguments.expandHomeInLog("big=~/x.log"));
    assertEquals(HOME + "/a=b.log", Arguments.expandHomeInLog("~/a=b.log"));
    assertEquals("sample:debug.log", Arguments.expandHomeInLog("sample:debug.log"));
  }
}
