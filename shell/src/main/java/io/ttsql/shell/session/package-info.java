/**
 * A shell session: {@link io.ttsql.shell.session.Session} holds the connection and {@link
 * io.ttsql.shell.session.Settings}, runs statements and prints results to a {@link
 * io.ttsql.shell.session.ResultSink} (screen or file). {@link io.ttsql.shell.session.SqlText} splits
 * input into statements; {@link io.ttsql.shell.session.SqlErrorMessage} turns a failure into a short
 * message with a caret under the position.
 */
package io.ttsql.shell.session;
