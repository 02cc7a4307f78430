/**
 * Small vocabulary types shared by parsing and tables: {@link io.ttsql.engine.model.EventKind},
 * {@link io.ttsql.engine.model.BufferType} (as the logs print them) and {@link
 * io.ttsql.engine.model.FunctionNames}, which turns a demangled C++ symbol into a function name.
 */
package io.ttsql.engine.model;
