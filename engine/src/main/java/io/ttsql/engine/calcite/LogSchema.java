package io.ttsql.engine.calcite;

import io.ttsql.engine.store.SourceInfo;
import java.util.List;
import java.util.Map;

/** A schema whose tables were loaded from log files, whichever store holds them. */
public interface LogSchema {
  /** The files the tables were loaded from, in load order. */
  List<SourceInfo> sources();

  /** What each of its ttsql tables means, by table name: every table a query can name, no other. */
  Map<String, TableDoc> tableDocs();
}
