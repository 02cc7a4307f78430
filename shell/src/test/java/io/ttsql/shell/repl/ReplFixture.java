package io.ttsql.shell.repl;

import io.ttsql.engine.testing.QueryFixture;
import io.ttsql.shell.commands.CommandException;
import io.ttsql.shell.commands.DotCommands;
import io.ttsql.shell.session.ResultSink;
import io.ttsql.shell.session.Session;
import io.ttsql.shell.session.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;

/** A shell session over a small log, with results and messages captured as text. */
final class ReplFixture implements AutoCloseable {
  final StringWriter results = new StringWriter();
  final StringWriter messages = new StringWriter();
  final Session session;
  final Interpreter interpreter;

  ReplFixture(Path log) {
    QueryFixture query = QueryFixture.open(log.toString());
    session = new Session(query.connection(), new Settings(), new ResultSink(new PrintWriter(results, true)),
        new PrintWriter(messages, true), () -> 80, false);
    interpreter = new Interpreter(session, DotCommands.standard(), logs -> {
      throw new CommandException("not in tests");
    }, false);
  }

  @Override
  public void close() throws SQLException {
    session.close();
  }
}
