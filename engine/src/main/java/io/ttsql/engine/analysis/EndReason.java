package io.ttsql.engine.analysis;

/** Why a lifetime ended; {@link #sqlName()} is the value of {@code lifetimes.end_reason}. */
public enum EndReason {
  /** A free closed it. */
  FREED("freed"),
  /** Its process died and the server reclaimed it. */
  PROCESS_EXIT("process_exit"),
  /** Nothing closed it before the log ended. */
  END_OF_LOG("end_of_log");

  private static final EndReason[] VALUES = values();

  private final String sqlName;

  EndReason(String sqlName) {
    this.sqlName = sqlName;
  }

  public String sqlName() {
    return sqlName;
  }

  static EndReason of(int ordinal) {
    return VALUES[ordinal];
  }
}
