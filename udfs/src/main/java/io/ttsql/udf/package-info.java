/**
 * The SQL functions of ttsql, registered on every schema of every connection: address and size
 * formatting ({@link io.ttsql.udf.AddressFunctions}, {@link io.ttsql.udf.SizeFunctions}),
 * function-name shortening ({@link io.ttsql.udf.SymbolFunctions}, built on {@link
 * io.ttsql.udf.FunctionNames}) and call-stack lookups ({@link io.ttsql.udf.StackFunctions}).
 * Start with {@link io.ttsql.udf.UdfCatalog}, the one list that registration, the shell's {@code
 * .functions} and the README table read. Every function is a public static method wrapped in a
 * {@link io.ttsql.udf.MethodFunction}; the stack functions need the trace of the schema they run
 * in, so their generated call also passes the query's {@code DataContext} and the schema's name,
 * and the schema is reached as a {@link io.ttsql.udf.StackSource}, which the engine implements.
 * The module depends only on Calcite, never on the engine.
 */
package io.ttsql.udf;
