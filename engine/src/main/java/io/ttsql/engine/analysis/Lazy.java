package io.ttsql.engine.analysis;

import java.util.function.Supplier;

/**
 * A value computed on first use and then kept, safe to read from many threads; reads after the
 * first take no lock (table scans read derived data once per row).
 */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> compute;
  private volatile T value;

  Lazy(Supplier<T> compute) {
    this.compute = compute;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = compute.get();
          value = v;
        }
      }
    }
    return v;
  }
}
