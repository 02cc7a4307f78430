package io.ttsql.engine.store;

import java.util.ArrayList;
import java.util.List;

/** The lines that no template matched: file, line number, reason and (a prefix of) the text. */
public final class ParseErrorRows {
  private final IntColumn file = new IntColumn();
  private final LongColumn line = new LongColumn();
  private final List<String> reasons = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();

  void add(int fileCode, long lineNumber, String reason, String text) {
    file.add(fileCode);
    line.add(lineNumber);
    reasons.add(reason);
    texts.add(text);
  }

  public int count() {
    return reasons.size();
  }

  public int fileCode(int row) {
    return file.get(row);
  }

  public long line(int row) {
    return line.get(row);
  }

  public String reason(int row) {
    return reasons.get(row);
  }

  public String text(int row) {
    return texts.get(row);
  }
}
