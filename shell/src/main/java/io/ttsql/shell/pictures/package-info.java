/**
 * Pictures of a loaded trace, written as self-contained SVG and HTML (inline style and script,
 * nothing fetched). {@link io.ttsql.shell.pictures.FlameGraph} reads the call stacks of the
 * {@code lifetimes} over the SQL connection ({@link io.ttsql.shell.pictures.StackQuery}, weights in
 * {@link io.ttsql.shell.pictures.FlameWeight}) into a tree of {@link
 * io.ttsql.shell.pictures.FlameNode}s, drawn by {@link io.ttsql.shell.pictures.FlameGraphSvg} (with
 * {@code flamegraph.js} for hover, zoom and search) or written as folded stacks by {@link
 * io.ttsql.shell.pictures.FoldedStacks}. {@link io.ttsql.shell.pictures.Timeline} takes the bytes
 * held per (device, buffer type) from the engine's {@code LiveBytes} sweep, and {@link
 * io.ttsql.shell.pictures.TimelineSvg} plots them, thinned by {@link
 * io.ttsql.shell.pictures.Downsample} on round {@link io.ttsql.shell.pictures.Ticks}. {@link
 * io.ttsql.shell.pictures.Report} puts the saved queries ({@link io.ttsql.shell.pictures.HtmlTable})
 * and both pictures on one page. Start reading at {@code FlameGraph}, {@code Timeline} and {@code
 * Report}; the command line's {@code flamegraph}, {@code timeline} and {@code report} subcommands
 * only open the logs and write the file.
 */
package io.ttsql.shell.pictures;
