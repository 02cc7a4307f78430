package io.ttsql.shell.pictures;

import io.ttsql.engine.Counted;
import io.ttsql.udf.SizeFunctions;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a flame graph's widths measure ({@code --weight}): each has its SQL aggregate over the
 * {@code lifetimes} of a stack, its title, and how one of its values reads. The aggregates use
 * {@code CASE}, not {@code FILTER}: Calcite 1.42 plans {@code coalesce(sum(x) filter (…), 0)} next
 * to {@code count(*)} as a second {@code count(*)}. Bytes are summed as DECIMAL: a stack's few
 * garbage sizes near 2^63 would wrap a BIGINT sum around.
 */
public enum FlameWeight {
  /** The bytes of lifetimes not freed (ended by a process exit or the end of the log) nor suppressed: the default. */
  LEAKED_BYTES("leaked_bytes", "sum(cast(case when end_reason <> 'freed' and not suppressed then coalesce(size, 0) else 0 end as decimal(38, 0)))",
      "leaked bytes", null),
  /** The number of lifetimes not freed nor suppressed. */
  LEAKS("leaks", "sum(case when end_reason <> 'freed' and not suppressed then 1 else 0 end)", "leaks", "leak"),
  /** The bytes of every allocation, freed or not. */
  BYTES("bytes", "sum(cast(coalesce(size, 0) as decimal(38, 0)))", "allocated bytes", null),
  /** The number of allocations. */
  ALLOCATIONS("allocations", "count(*)", "allocations", "allocation");

  private final String optionName;
  private final String aggregate;
  private final String quantity;
  private final String countNoun;

  FlameWeight(String optionName, String aggregate, String quantity, String countNoun) {
    this.optionName = optionName;
    this.aggregate = aggregate;
    this.quantity = quantity;
    this.countNoun = countNoun;
  }

  /** The weight called {@code name} on the command line. */
  public static Optional<FlameWeight> named(String name) {
    return Arrays.stream(values()).filter(w -> w.optionName.equals(name)).findFirst();
  }

  /** The names, for messages: {@code leaked_bytes, leaks, bytes, allocations}. */
  public static String names() {
    return Arrays.stream(values()).map(w -> w.optionName).collect(Collectors.joining(", "));
  }

  /** The name {@code --weight} takes. */
  public String optionName() {
    return optionName;
  }

  /** The SQL aggregate over the {@code lifetimes} rows of one stack. */
  String aggregate() {
    return aggregate;
  }

  /** What is measured, in lower case: {@code leaked bytes}. */
  String quantity() {
    return quantity;
  }

  /** The picture's title: {@code Leaked bytes by call stack}. */
  String title() {
    return Character.toUpperCase(quantity.charAt(0)) + quantity.substring(1) + " by call stack";
  }

  /** A value as a person reads it: {@code 1.5 MB (1,572,864 bytes)} or {@code 3 leaks}. */
  String describe(BigInteger value) {
    if (countNoun == null) {
      return String.format(Locale.ROOT, "%s (%,d bytes)", SizeFunctions.humanTotal(value), value);
    }
    return Counted.of(value.longValueExact(), countNoun); // at most one per lifetime
  }
}
