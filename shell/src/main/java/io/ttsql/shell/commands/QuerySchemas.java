package io.ttsql.shell.commands;

import io.ttsql.engine.Ttsql;
import io.ttsql.engine.parse.LogFormat;
import io.ttsql.engine.store.SourceInfo;
import io.ttsql.queries.QueryParameter;
import io.ttsql.queries.SavedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks the schemas a saved query reads, and their logs' formats, against those loaded, before {@code .run} runs it. */
final class QuerySchemas {
  private QuerySchemas() {}

  /**
   * Fails unless the schemas that {@code query} compares ({@code names}, by parameter) are loaded
   * and hold logs of the formats it declares; for a query of one log, notes which schema it reads
   * when several are loaded.
   */
  static void check(ShellContext shell, SavedQuery query, Map<String, String> names)
      throws CommandException, SQLException {
    if (names.isEmpty()) {
      noteSchemasNotRead(shell, query);
    } else {
      requireSchemas(shell, query, names);
      requireFormats(shell, query, names);
    }
  }

  /** With several schemas loaded, says which one a query of one log reads. */
  private static void noteSchemasNotRead(ShellContext shell, SavedQuery query) throws SQLException {
    Connection connection = shell.session().connection();
    String read = connection.getSchema();
    List<String> others = Schemas.names(connection).stream().filter(s -> !s.equals(read)).toList();
    if (!others.isEmpty()) {
      shell.session().messages().println("note: " + query.name() + " reads schema " + read + "; not "
          + String.join(", ", others) + " (.use SCHEMA picks another, or run it on one log at a time)");
    }
  }

  /** Fails, saying how to load them, unless the schemas a query compares are loaded. */
  private static void requireSchemas(ShellContext shell, SavedQuery query, Map<String, String> schemas)
      throws CommandException, SQLException {
    List<String> loaded = Schemas.names(shell.session().connection());
    List<String> missing = schemas.values().stream()
        .filter(s -> loaded.stream().noneMatch(s::equalsIgnoreCase)).distinct().toList(); // SQL names ignore case
    if (missing.isEmpty()) {
      return;
    }
    String wanted = schemas.values().stream().map(s -> s + "=LOG").collect(Collectors.joining(" "));
    String parameters = schemas.keySet().stream().map(p -> p + "=SCHEMA").collect(Collectors.joining(" "));
    throw new CommandException(query.name() + " reads the schemas " + String.join(" and ", schemas.values())
        + ", but " + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are") + " not loaded (loaded: "
        + String.join(", ", loaded) + "); load the logs as " + wanted + ", or point " + parameters
        + " at loaded schemas");
  }

  /**
   * Fails when a schema named by a parameter that declares the format of its logs holds a log of
   * another, such as the two logs of {@code leak-origins} swapped: the query would run, and
   * match nothing or the wrong buffers; and when two parameters that declare different formats
   * name one schema. A file of no format (empty, or with no event) holds no
   * log of another: the query runs and finds nothing in it.
   */
  private static void requireFormats(ShellContext shell, SavedQuery query, Map<String, String> schemas)
      throws CommandException, SQLException {
    Map<String, List<SourceInfo>> loaded = Ttsql.sources(shell.session().connection());
    List<QueryParameter> declared = query.parameters().stream().filter(p -> p.logFormat() != null).toList();
    for (QueryParameter p : declared) {
      for (QueryParameter q : declared) {
        String schema = schemas.get(p.name());
        if (!p.logFormat().equals(q.logFormat()) && schema.equalsIgnoreCase(schemas.get(q.name()))) {
          // One schema cannot hold the logs of two formats apart: advice to load both there would be no help.
          throw new CommandException(query.name() + " reads a " + p.logFormat() + " log (" + p.name() + "=) and a "
              + q.logFormat() + " log (" + q.name() + "=) from two schemas, but both name schema " + schema);
        }
      }
    }
    for (QueryParameter p : declared) {
      String schema = schemas.get(p.name());
      Optional<SourceInfo> other = loaded.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(schema)) // SQL names ignore case
          .flatMap(e -> e.getValue().stream())
          .filter(file -> !file.format().equals(p.logFormat()) && !file.format().equals(LogFormat.UNKNOWN.sqlName()))
          .findFirst();
      if (other.isPresent()) {
        throw new CommandException(query.name() + " reads a " + p.logFormat() + " log as schema " + schema + ", but "
            + other.get().file() + " there is a " + other.get().format() + " log; load "
            + declared.stream().map(d -> "a " + d.logFormat() + " log as " + schemas.get(d.name()))
                .collect(Collectors.joining(" and ")));
      }
    }
  }
}
