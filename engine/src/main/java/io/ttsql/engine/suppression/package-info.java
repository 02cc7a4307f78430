/**
 * Suppressions: the known, accepted leaks that the leak queries leave out. {@link
 * io.ttsql.engine.suppression.Suppressions} reads a file in LeakSanitizer's format ({@code
 * leak:FUNCTION_PATTERN} lines, {@code #} comments), reporting a bad line as {@code file:line}, and
 * matches each call stack of a trace once; {@link io.ttsql.engine.suppression.LeakPattern} is one
 * pattern, with LeakSanitizer's {@code *}, {@code ^} and {@code $}. The file comes from the
 * connection property {@code suppressions} ({@code --suppressions} in the shell); {@code
 * AnalyzedTrace} keeps the match of every stack, and the {@code suppressed} and {@code
 * suppressed_by} columns of {@code lifetimes} show it.
 */
package io.ttsql.engine.suppression;
