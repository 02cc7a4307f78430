/**
 * The dot commands of the shell ({@code .tables}, {@code .mode}, {@code .open}…): one class per
 * command behind {@link io.ttsql.shell.commands.DotCommand}, listed in order in {@link
 * io.ttsql.shell.commands.DotCommands}, which help, dispatch and completion all read. Commands act on
 * a {@link io.ttsql.shell.commands.ShellContext}.
 */
package io.ttsql.shell.commands;
