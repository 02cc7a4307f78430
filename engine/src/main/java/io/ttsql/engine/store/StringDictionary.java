package io.ttsql.engine.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns strings to dense int codes so columns store one int per row instead of a String. */
public final class StringDictionary {
  private final Map<String, Integer> codes = new HashMap<>();
  private final List<String> strings = new ArrayList<>();

  /** The code of {@code s}, adding it if new. */
  public int intern(String s) {
    Integer code = codes.get(s);
    if (code == null) {
      code = strings.size();
      codes.put(s, code);
      strings.add(s);
    }
    return code;
  }

  public String get(int code) {
    return strings.get(code);
  }

  public int size() {
    return strings.size();
  }
}
