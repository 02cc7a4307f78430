package io.ttsql.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The saved queries packaged as resources under {@value #RESOURCE_DIR}: {@value #INDEX} lists
 * their names in the order they are shown, and {@code NAME.sql} holds each. Only names in the
 * index are ever read, so no name (a path, {@code ..}) can reach another file.
 */
public final class QueryLibrary {
  /** The resource folder of the queries. */
  public static final String RESOURCE_DIR = "/io/ttsql/queries/";
  /** The index file, one query name per line ({@code #} starts a comment). */
  public static final String INDEX = "index.txt";

  private final Function<String, InputStream> resources;
  private final List<String> names;

  /**
   * @param resources opens a resource by absolute path, or returns null when there is none
   */
  QueryLibrary(Function<String, InputStream> resources) {
    this.resources = resources;
    List<String> listed = new ArrayList<>();
    for (String line : read(INDEX).split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        if (!SavedQuery.NAME.matcher(name).matches() || listed.contains(name)) {
          throw new IllegalStateException(RESOURCE_DIR + INDEX + ": bad or repeated query name " + name);
        }
        listed.add(name);
      }
    }
    this.names = List.copyOf(listed);
  }

  /** The queries packaged with ttsql (in the jar, or in {@code target/classes} when run from the build). */
  public static QueryLibrary standard() {
    return new QueryLibrary(QueryLibrary.class::getResourceAsStream);
  }

  /** The query names, in the order of the index. */
  public List<String> names() {
    return names;
  }

  /** Every query, in the order of the index. */
  public List<SavedQuery> all() {
    return names.stream().map(this::load).toList();
  }

  /** The query called {@code name}; empty for any other text, which reads no file. */
  public Optional<SavedQuery> find(String name) {
    return names.contains(name) ? Optional.of(load(name)) : Optional.empty();
  }

  /**
   * The query called {@code name}.
   *
   * @throws QueryException when there is none
   */
  public SavedQuery get(String name) {
    return find(name).orElseThrow(() -> new QueryException("no saved query named " + name));
  }

  private SavedQuery load(String name) {
    String file = name + ".sql";
    return QueryFileParser.parse(RESOURCE_DIR + file, name, read(file));
  }

  private String read(String file) {
    try (InputStream in = resources.apply(RESOURCE_DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("the query library has no " + RESOURCE_DIR + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE_DIR + file, e);
    }
  }
}
