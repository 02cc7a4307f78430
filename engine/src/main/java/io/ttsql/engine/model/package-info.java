/**
 * Small vocabulary types shared by parsing and tables: {@link io.ttsql.engine.model.EventKind} and
 * {@link io.ttsql.engine.model.BufferType}, as the logs print them.
 */
package io.ttsql.engine.model;
