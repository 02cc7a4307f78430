/**
 * Running what users type. {@link io.ttsql.shell.repl.Interpreter} runs dot commands and SQL
 * statements from the REPL, a script or stdin, reporting errors briefly; {@link
 * io.ttsql.shell.repl.Repl} is the JLine loop with its parser (statements end at {@code ;}),
 * completer, highlighter, history and Ctrl-C handling.
 */
package io.ttsql.shell.repl;
