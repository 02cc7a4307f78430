package io.ttsql.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Fixed pools of named daemon threads, for work that must never keep the JVM from exiting (loading, copying tables). */
public final class DaemonPool {
  private DaemonPool() {}

  /** A pool of {@code threads} threads (at least one), each named {@code name}. */
  public static ExecutorService of(String name, int threads) {
    return Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    });
  }
}
