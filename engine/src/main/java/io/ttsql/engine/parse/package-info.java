/**
 * The log parsers. {@link io.ttsql.engine.parse.LineSplitter} cuts a byte stream into lines; {@link
 * io.ttsql.engine.parse.FormatDetector} tells the format from the first lines; {@link
 * io.ttsql.engine.parse.PartBoundaries} cuts a large file into parts to parse at the same time,
 * only where a parser starting there reads on as it would have. A {@link
 * io.ttsql.engine.parse.LogParser} per format ({@link io.ttsql.engine.parse.ServerLogParser},
 * {@link io.ttsql.engine.parse.BufferDebugLogParser}) turns every line into part of an event, a
 * recognised non-event line, or a parse error, writing into the store's {@code TracePart}. The
 * commonest server lines are taken straight from the read buffer by {@code FastServerLines} (their
 * other shapes by {@code ServerEventLines}), statistics blocks become rows in {@code
 * StatsBlockReader} (one per whole device section, {@code StatsDeviceSection}), and the call stacks
 * of the debug log are found by {@code FrameRun}, which hashes them for {@code StackTextIndex} as
 * it finds their lines, its fields read by {@code DebugField}; other hot lines are parsed from
 * bytes with {@link io.ttsql.engine.parse.ByteCursor}; the V4 server's circular-buffer and kernel
 * lines, about as frequent as allocations, are told by their start and matched against their own
 * template alone ({@code CbKernelLines}); rare lines are matched against whole-line templates in
 * {@link io.ttsql.engine.parse.ServerTemplates}, one reused matcher per template ({@code
 * TemplateMatchers}), their numbers read by {@code NumberFields}; a number too big for its column
 * is an error in the words of {@code BigintLimit}.
 */
package io.ttsql.engine.parse;
