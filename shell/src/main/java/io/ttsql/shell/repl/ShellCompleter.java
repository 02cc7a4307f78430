package io.ttsql.shell.repl;

import io.ttsql.engine.calcite.SqlLexer;
import io.ttsql.shell.commands.DotCommand;
import io.ttsql.shell.commands.ShellContext;
import io.ttsql.shell.session.ReservedWords;
import io.ttsql.udf.UdfCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: dot-command names and their arguments on a command line; SQL keywords (in the
 * case being typed), ttsql's functions, table names and the columns of the tables the statement
 * reads in SQL, only tables after {@code from} and {@code join}, and after a dot the tables and
 * functions of a schema or the columns of a table or alias; nothing inside a string or a comment.
 * Names that are reserved words are offered double-quoted ({@code "time"}), and only names in a
 * double quote being typed ({@code "fu}).
 */
final class ShellCompleter implements Completer {
  private final ShellContext shell;
  private final SchemaNames names = new SchemaNames();

  ShellCompleter(ShellContext shell) {
    this.shell = shell;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    List<String> words = line.words();
    if (!words.isEmpty() && words.get(0).startsWith(".") && !line.line().contains("\n")) {
      completeCommand(line, words, candidates);
      return;
    }
    if (insideStringOrComment(line.line().substring(0, line.cursor()))) {
      return;
    }
    names.refresh(shell.session().connection());
    int dot = line.word().lastIndexOf('.', line.wordCursor() - 1);
    if (dot > 0) {
      completeQualified(line.word().substring(0, dot), line.word().startsWith("\"", dot + 1), line, candidates);
      return;
    }
    if (opensQuotedName(line)) {
      // JLine took the opening quote off the word and puts the name taken between quotes: "fu becomes "function".
      names.tables().forEach(t -> candidates.add(candidate(t, "table", true)));
      if (!followsTableKeyword(line)) {
        columnsInScope(line.line()).forEach(c -> candidates.add(candidate(c, "column", true)));
      }
      return;
    }
    names.tables().forEach(t -> candidates.add(candidate(ReservedWords.quoted(t), "table", true)));
    if (followsTableKeyword(line)) {
      return;
    }
    boolean upper = isUpperCase(line.word());
    for (String keyword : SqlKeywords.ALL) {
      candidates.add(candidate(upper ? keyword.toUpperCase(Locale.ROOT) : keyword, "keyword", true));
    }
    UdfCatalog.all().forEach(f -> candidates.add(candidate(f.name(), "function", true)));
    columnsInScope(line.line()).forEach(c -> candidates.add(candidate(ReservedWords.quoted(c), "column", true)));
  }

  /**
   * The columns of the tables the statement reads ({@code from}, {@code join}), or of every table
   * while it names none yet ({@code select } before its {@code from}).
   */
  private List<String> columnsInScope(String statement) {
    List<String> tables = TableAliases.tablesIn(statement).stream().filter(t -> !names.columnsOf(t).isEmpty()).toList();
    if (tables.isEmpty()) {
      return names.columns();
    }
    return tables.stream().flatMap(t -> names.columnsOf(t).stream()).distinct().sorted().toList();
  }

  /** Whether the word being typed follows {@code from} or {@code join}, where only a table can stand. */
  private static boolean followsTableKeyword(ParsedLine line) {
    if (line.wordIndex() < 1) {
      return false;
    }
    String previous = line.words().get(line.wordIndex() - 1);
    return previous.equalsIgnoreCase("from") || previous.equalsIgnoreCase("join");
  }

  /**
   * Whether {@code before}, the text before the cursor, ends inside a string literal or a comment,
   * where no name is completed (a quoted name is completed as a name).
   */
  static boolean insideStringOrComment(String before) {
    for (int i = 0; i < before.length(); ) {
      int end = SqlLexer.skipQuotedOrComment(before, i);
      if (end > i && end == before.length()) {
        return switch (SqlLexer.partAt(before, i)) {
          case STRING -> SqlLexer.isOpen(before, i);
          case COMMENT -> SqlLexer.isOpen(before, i) || !before.startsWith("/*", i); // a line comment runs to the end
          default -> false;
        };
      }
      i = end > i ? end : i + 1;
    }
    return false;
  }

  /**
   * After {@code QUALIFIER.}: the tables of a schema (and its functions, but not after {@code from}
   * or {@code join}), or the columns of a table named directly or by its alias in the statement
   * ({@code from lifetimes l}, {@code join events as e}); each name double-quoted when it is a
   * reserved word or when {@code quoted}, a quote typed after the dot.
   */
  private void completeQualified(String qualifier, boolean quoted, ParsedLine line, List<Candidate> candidates) {
    String name = qualifier.toLowerCase(Locale.ROOT);
    String start = qualifier + ".";
    if (names.schemas().stream().anyMatch(s -> s.equalsIgnoreCase(name))) {
      names.tables().forEach(t -> candidates.add(candidate(start + quoted(t, quoted), "table", true)));
      if (!followsTableKeyword(line)) {
        UdfCatalog.all().forEach(f -> candidates.add(candidate(start + f.name(), "function", true)));
      }
      return;
    }
    String table = names.columnsOf(name).isEmpty() ? TableAliases.tableOf(line.line(), name) : name;
    names.columnsOf(table).forEach(c -> candidates.add(candidate(start + quoted(c, quoted), "column", true)));
  }

  /** {@code name} in double quotes when {@code always} or when SQL needs them ({@link ReservedWords#quoted}). */
  private static String quoted(String name, boolean always) {
    return always ? '"' + name + '"' : ReservedWords.quoted(name);
  }

  /**
   * Whether the word being typed is a double quote not closed yet ({@code "fu}): a name, never a
   * keyword or a function. JLine's parser keeps the quote out of the word, not out of its raw word.
   */
  private static boolean opensQuotedName(ParsedLine line) {
    if (!(line instanceof CompletingParsedLine parsed)) {
      return false;
    }
    String raw = line.line().substring(line.cursor() - parsed.rawWordCursor(), line.cursor());
    return raw.startsWith("\"") && raw.indexOf('"', 1) < 0;
  }


  private void completeCommand(ParsedLine line, List<String> words, List<Candidate> candidates) {
    if (line.wordIndex() == 0) {
      shell.commands().dottedNames().forEach(n -> candidates.add(candidate(n, "command", true)));
      return;
    }
    Optional<DotCommand> command = shell.commands().named(words.get(0).substring(1));
    List<String> before = words.subList(1, line.wordIndex());
    String word = line.word().substring(0, line.wordCursor());
    // Only words that extend what is typed: JLine would otherwise put a near miss (limit= for limit=3) in its place.
    command.ifPresent(c -> c.completions(shell, before, word).stream()
        .filter(w -> w.regionMatches(true, 0, word, 0, word.length()))
        .forEach(w -> candidates.add(candidate(w, "argument", !w.endsWith("=") && !w.endsWith("/")))));
  }

  private static boolean isUpperCase(String word) {
    return !word.isEmpty() && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
  }

  /** A candidate shown as its value; {@code complete} adds a space after it when taken. */
  private static Candidate candidate(String value, String group, boolean complete) {
    return new Candidate(value, value, group, null, null, null, complete);
  }
}
