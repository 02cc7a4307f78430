package io.ttsql.queries;

/** A saved query asked for wrongly: an unknown name, or a parameter it does not have or cannot take. */
public final class QueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public QueryException(String message) {
    super(message);
  }
}
