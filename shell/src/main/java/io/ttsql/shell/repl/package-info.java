/**
 * Running what users type. {@link io.ttsql.shell.repl.Interpreter} runs dot commands and SQL
 * statements from the REPL, a script or stdin (answering {@code DESCRIBE} and {@code SHOW TABLES}
 * with {@link io.ttsql.shell.repl.SqlShortcuts}), reporting errors briefly; {@link
 * io.ttsql.shell.repl.Repl} is the JLine loop with its parser (Enter runs the statements that end
 * at {@code ;} and keeps the rest to finish), completer and its matcher, highlighter, history (kept
 * in memory, which is said once, when its file cannot be read or written) and Ctrl-C handling.
 */
package io.ttsql.shell.repl;
