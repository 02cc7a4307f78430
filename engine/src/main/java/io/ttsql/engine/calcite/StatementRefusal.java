package io.ttsql.engine.calcite;

/**
 * A statement ttsql refuses before Calcite plans it (a write, no statement, two at once), with
 * the SQLState it fails with ({@link KnownFailures}).
 */
final class StatementRefusal extends RuntimeException {
  /** SQLState of a statement that would write: read-only SQL transaction. */
  static final String READ_ONLY = "25006";
  /** SQLState of text that is no single statement: syntax error. */
  static final String SYNTAX_ERROR = "42601";

  private final String sqlState;

  StatementRefusal(String message, String sqlState) {
    super(message);
    this.sqlState = sqlState;
  }

  String sqlState() {
    return sqlState;
  }
}
