package io.ttsql.engine.calcite;

import io.ttsql.engine.store.SourceInfo;
import java.util.List;

/** A schema whose tables were loaded from log files, whichever store holds them. */
public interface LogSchema {
  /** The files the tables were loaded from, in load order. */
  List<SourceInfo> sources();
}
