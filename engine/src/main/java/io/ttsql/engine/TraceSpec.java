package io.ttsql.engine;

import io.ttsql.engine.analysis.CallsiteResolver;
import io.ttsql.engine.calcite.TtsqlDriver;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a connection loads: schemas by name, each made of log files in load order, and the
 * connection properties. Unnamed logs form the schema {@value #DEFAULT_SCHEMA}; the first schema
 * is the default one.
 */
public final class TraceSpec {
  /** Name of the schema of logs given without a name. */
  public static final String DEFAULT_SCHEMA = "main";
  /** Property: {@code true} turns any parse error into a failure. */
  public static final String STRICT = "strict";
  /** Property: comma-separated function prefixes that callsites skip. */
  public static final String CALLSITE_SKIP = "callsite_skip";
  /** Property: where the tables live, {@code memory} (the default) or {@code duckdb}. */
  public static final String STORE = "store";

  /** Where a connection keeps its tables. */
  public enum Store {
    /** ttsql's columns in the JVM heap. */
    MEMORY,
    /** An in-memory DuckDB database, which Calcite hands whole queries to. */
    DUCKDB
  }

  /** Property: path of a suppressions file ({@code leak:FUNCTION_PATTERN} lines). */
  public static final String SUPPRESSIONS = "suppressions";

  private static final Set<String> PROPERTY_KEYS = Set.of(STRICT, CALLSITE_SKIP, STORE, SUPPRESSIONS);
  private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Map<String, List<LogSource>> schemas = new LinkedHashMap<>();
  /** The {@link LogSource#identity} of each schema's files: a file given twice is found without comparing every pair. */
  private final Map<String, Set<Object>> identities = new HashMap<>();
  private final Properties properties = new Properties();
  private final List<String> notes = new ArrayList<>();
  private String url;

  private TraceSpec() {}

  /**
   * Parses the part of a {@code jdbc:ttsql:} URL after the prefix: entries separated by {@code ;},
   * settings among them in any case ({@code Strict=true}).
   *
   * @throws IllegalArgumentException for two schema names that differ only in case, and for a
   *     setting's name mistyped
   */
  public static TraceSpec fromUrl(String body, Properties info) {
    TraceSpec spec = new TraceSpec();
    spec.url = TtsqlDriver.PREFIX + body;
    spec.putSettings(info);
    for (String entry : body.split(";")) {
      int eq = entry.indexOf('=');
      String key = eq < 0 ? "" : entry.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      if (PROPERTY_KEYS.contains(key)) {
        spec.properties.setProperty(key, entry.substring(eq + 1).strip());
      } else if (!entry.isBlank()) {
        checkNotAMistypedSetting(key);
        spec.addLog(entry.strip());
      }
    }
    return spec;
  }

  /**
   * Fails for a URL entry {@code KEY=…} whose key is a setting's name mistyped ({@code stor},
   * {@code suppression}): taken for a schema name, it made a schema of its value, read as a log.
   */
  private static void checkNotAMistypedSetting(String key) {
    NearestName.of(key, PROPERTY_KEYS).ifPresent(setting -> {
      throw new IllegalArgumentException("no setting " + key + " (did you mean " + setting + "?): the settings are "
          + String.join(", ", new TreeSet<>(PROPERTY_KEYS)) + "; any other NAME=LOG loads LOG as schema NAME");
    });
  }

  /**
   * Builds a spec from command-line log arguments ({@code [NAME=]LOG}) and properties.
   *
   * @throws IllegalArgumentException for two schema names that differ only in case
   */
  public static TraceSpec fromArgs(List<String> logArgs, Properties info) {
    TraceSpec spec = new TraceSpec();
    spec.url = TtsqlDriver.PREFIX + String.join(";", logArgs);
    spec.putSettings(info);
    logArgs.forEach(spec::addLog);
    return spec;
  }

  /** The {@code jdbc:ttsql:} URL of these logs: the one given, or the command line's logs in one. */
  public String url() {
    return url;
  }

  /** Takes the settings of {@code info} (may be null), their names in any case. */
  private void putSettings(Properties info) {
    if (info != null) {
      info.stringPropertyNames().forEach(key -> properties.setProperty(key.toLowerCase(Locale.ROOT), info.getProperty(key)));
    }
  }

  private void addLog(String entry) {
    int eq = entry.indexOf('=');
    String name = eq < 0 ? null : entry.substring(0, eq);
    // NAME= with nothing after it is a file name, so that it is reported as a missing file
    boolean named = name != null && SCHEMA_NAME.matcher(name).matches() && eq + 1 < entry.length()
        && !isExistingFile(entry);
    String schema = named ? name : DEFAULT_SCHEMA;
    LogSource source = new LogSource(named ? entry.substring(eq + 1) : entry);
    checkCase(schema);
    List<LogSource> files = schemas.computeIfAbsent(schema, k -> new ArrayList<>());
    if (identities.computeIfAbsent(schema, k -> new HashSet<>()).add(source.identity())) {
      files.add(source);
    } else {
      notes.add(source.name() + ": given twice for schema " + schema + "; loaded once");
    }
  }

  /** Fails when a schema already taken differs from {@code schema} only in case: SQL would see one of them. */
  private void checkCase(String schema) {
    for (String taken : schemas.keySet()) {
      if (!taken.equals(schema) && taken.equalsIgnoreCase(schema)) {
        throw new IllegalArgumentException(
            "schema names " + taken + " and " + schema + " differ only in case, which SQL does not tell apart");
      }
    }
  }

  /** Whether {@code entry} as a whole names an existing file ({@code we=ird.log}), so is no NAME=LOG. */
  private static boolean isExistingFile(String entry) {
    try {
      return Files.exists(Path.of(entry));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** Remarks on how the logs were taken, such as a file given twice, for the user to read. */
  public List<String> notes() {
    return notes;
  }

  /** Schema name to its files, in the order given. */
  public Map<String, List<LogSource>> schemas() {
    return schemas;
  }

  /**
   * Whether the {@value #STRICT} setting is on.
   *
   * @throws IllegalArgumentException for a value that is neither {@code true} nor {@code false}
   */
  public boolean strict() {
    String value = properties.getProperty(STRICT, "false").strip();
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException("strict=" + value + ": use true or false");
    }
    return value.equalsIgnoreCase("true");
  }

  /**
   * The store the {@value #STORE} property names.
   *
   * @throws IllegalArgumentException for a name that is neither {@code memory} nor {@code duckdb}
   */
  public Store store() {
    String value = properties.getProperty(STORE, "memory");
    for (Store store : Store.values()) {
      if (store.name().equalsIgnoreCase(value.strip())) {
        return store;
      }
    }
    throw new IllegalArgumentException("unknown store " + value + ": use memory or duckdb");
  }

  /** The suppressions file, if one is given. */
  public Optional<Path> suppressionsFile() {
    return Optional.ofNullable(properties.getProperty(SUPPRESSIONS)).filter(s -> !s.isBlank()).map(Path::of);
  }

  /** The callsite skip prefixes: the property's comma-separated list, or the defaults. */
  public List<String> callsiteSkipPrefixes() {
    String value = properties.getProperty(CALLSITE_SKIP);
    if (value == null) {
      return CallsiteResolver.DEFAULT_SKIP_PREFIXES;
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
