package io.ttsql.shell.session;

import io.ttsql.engine.Ttsql;
import java.util.Locale;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParser;

/** The words ttsql's SQL reserves ({@code time}, {@code function}, {@code module}…), which a name must double-quote. */
public final class ReservedWords {
  private static final SqlAbstractParserImpl.Metadata METADATA =
      SqlParser.create("", Ttsql.sqlParserConfig()).getMetadata();

  private ReservedWords() {}

  /** Whether {@code word}, in any case, is reserved. */
  public static boolean contains(String word) {
    return METADATA.isReservedWord(word.toUpperCase(Locale.ROOT));
  }

  /** {@code name} as SQL must spell it: double-quoted when it is a reserved word ({@code "time"}), else as it is. */
  public static String quoted(String name) {
    return contains(name) ? '"' + name + '"' : name;
  }
}
