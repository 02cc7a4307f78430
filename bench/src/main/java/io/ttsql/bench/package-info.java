/**
 * JMH microbenchmarks of loading: {@link io.ttsql.bench.ParseBenchmark} parses generated logs of
 * both formats in memory on one thread, beside a plain newline count of the same bytes as the
 * baseline. Build with {@code mvn -B -ntp -DskipTests -pl bench -am package} and run {@code java
 * -jar bench/target/benchmarks.jar}; the end-to-end comparison with {@code wc -l}, a Python script
 * and lnav is {@code bench/run.sh}.
 */
package io.ttsql.bench;
