package io.ttsql.shell.repl;

import io.ttsql.shell.commands.DotCommand;
import io.ttsql.shell.commands.ShellContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: dot-command names and their arguments on a command line; SQL keywords (in the
 * case being typed), table names and column names in SQL.
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
    boolean upper = isUpperCase(line.word());
    for (String keyword : SqlKeywords.ALL) {
      candidates.add(candidate(upper ? keyword.toUpperCase(Locale.ROOT) : keyword, "keyword"));
    }
    names.refresh(shell.session().connection());
    names.tables().forEach(t -> candidates.add(candidate(t, "table")));
    names.columns().forEach(c -> candidates.add(candidate(c, "column")));
  }

  private void completeCommand(ParsedLine line, List<String> words, List<Candidate> candidates) {
    if (line.wordIndex() == 0) {
      shell.commands().dottedNames().forEach(n -> candidates.add(candidate(n, "command")));
      return;
    }
    Optional<DotCommand> command = shell.commands().named(words.get(0).substring(1));
    command.ifPresent(c -> c.completions(shell).forEach(w -> candidates.add(candidate(w, "argument"))));
  }

  private static boolean isUpperCase(String word) {
    return !word.isEmpty() && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
  }

  private static Candidate candidate(String value, String group) {
    return new Candidate(value, value, group, null, null, null, true);
  }
}
