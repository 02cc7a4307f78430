package io.ttsql.engine.analysis;

/** Why a lifetime ended; {@link #sqlName()} is the value of {@code lifetimes.end_reason}. */
public enum EndReason {
  /** A free closed it. */
  FREED("freed"),
  /** Its process died and the server reclaimed it. */
  PROCESS_EXIT("process_exit"),
  /** Nothing closed it before the log ended. */
  END_OF_LOG("end_of_log"),
  /** The allocation server started again while it was held: the server's earlier run ended without freeing it. */
  SERVER_RESTART("server_restart");

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
