/**
 * A shell session: {@link io.ttsql.shell.session.Session} holds the connection and {@link
 * io.ttsql.shell.session.Settings}, runs statements and prints results to a {@link
 * io.ttsql.shell.session.ResultSink} (screen or file) through a {@link
 * io.ttsql.shell.session.ResultWriter}, which stops at Ctrl-C and fails at once when the output
 * cannot be written ({@link io.ttsql.shell.session.OutputFailure} for standard output). {@link
 * io.ttsql.shell.session.SqlText} splits input into statements; {@link
 * io.ttsql.shell.session.ColumnLabels} heads unnamed columns by their expression; {@link
 * io.ttsql.shell.session.SqlErrorMessage} turns a failure into a short message with a caret under the
 * position (and a hint to double-quote a {@link io.ttsql.shell.session.ReservedWords reserved word},
 * or to write a quoted hex address without its quotes).
 * {@link io.ttsql.shell.session.ScriptLines} reads a script's lines as UTF-8; {@link
 * io.ttsql.shell.session.HomeFolder} is where {@code ~} and the history file are; {@link
 * io.ttsql.shell.session.ScriptFiles} and {@link io.ttsql.shell.session.IoFailure} say in one line why
 * a script or output file cannot be read or written.
 */
package io.ttsql.shell.session;
