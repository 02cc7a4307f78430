package io.ttsql.shell.session;

/** What ttsql says when the Java heap is full, wherever it fills: loading logs or running a statement. */
public final class OutOfMemory {
  private OutOfMemory() {}

  /** The reason, naming the heap's size and how to give Java more. */
  public static String reason() {
    return "out of memory: the Java heap of " + (Runtime.getRuntime().maxMemory() >> 20)
        + " MB is full (give Java more, e.g. TTSQL_JAVA_OPTS=-Xmx8g for bin/ttsql)";
  }
}
