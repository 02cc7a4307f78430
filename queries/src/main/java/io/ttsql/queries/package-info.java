/**
 * The saved-query library: the {@code .sql} files of the top-level {@code queries/} folder,
 * packaged as resources, and the small loader that lists, reads and binds them. Start with {@link
 * io.ttsql.queries.QueryLibrary}, which reads the index of names and then only the files it lists;
 * {@link io.ttsql.queries.QueryFileParser} turns a file's {@code --} header into a {@link
 * io.ttsql.queries.SavedQuery}, whose {@code bind} replaces the {@code :name} placeholders (found by
 * {@link io.ttsql.queries.Placeholders}, which steps over literals, quoted names and comments with
 * the engine's {@link io.ttsql.engine.calcite.SqlLexer}) with SQL literals of the values that {@link
 * io.ttsql.queries.Assignments} read from {@code NAME=VALUE} words, or with quoted identifiers for
 * the parameters declared {@code (identifier)} (schema names). The shell runs the bound SQL; the
 * golden tests of this module run every query through the engine.
 */
package io.ttsql.queries;
