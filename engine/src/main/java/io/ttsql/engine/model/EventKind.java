package io.ttsql.engine.model;

/** What an event of the {@code events} table records; {@link #sqlName()} is the value of its {@code kind} column. */
public enum EventKind {
  /** A buffer allocation (server {@code ✓} line or debug-log ALLOCATED block). */
  ALLOC("alloc"),
  /** A free the log attributes to a held buffer (server {@code ✗} line or DEALLOCATED block). */
  FREE("free"),
  /** The server's {@code ⚠} deallocation of a buffer it did not hold. */
  UNKNOWN_FREE("unknown_free"),
  /** A debug-log DESTRUCTOR block: the object died while its buffer was still allocated. */
  DESTRUCTOR("destructor"),
  /** A dead-process cleanup: the server reclaimed every buffer of the pid. */
  PROCESS_EXIT("process_exit"),
  /** The server's start-up banner: it begins empty, so nothing an earlier run of it held is held any longer. */
  SERVER_START("server_start"),
  /**
   * The enhanced server's {@code Buffer reused with DIFFERENT size}: the key it names keeps the
   * event's size (the new one) as its stored size from then on.
   */
  RESIZE("resize");

  private static final EventKind[] VALUES = values();

  private final String sqlName;

  EventKind(String sqlName) {
    this.sqlName = sqlName;
  }

  public String sqlName() {
    return sqlName;
  }

  /** The kind with the given ordinal, as stored in columns. */
  public static EventKind of(int ordinal) {
    return VALUES[ordinal];
  }
}
