package io.ttsql.shell.pictures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium for tests: Debian's {@code chromium} package (which {@code .ci/run} installs),
 * run without a sandbox (tests run as root), network features and a fresh profile each time.
 */
final class Chromium {
  private static final List<Path> CANDIDATES =
      List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));
  /** A guard against a hung browser, not a timing assertion. */
  private static final long GIVE_UP_SECONDS = 180;

  private final Path binary;
  private final Path work;

  private Chromium(Path binary, Path work) {
    this.binary = binary;
    this.work = work;
  }

  /** The installed browser, working in {@code work}; empty when none is installed. */
  static Optional<Chromium> find(Path work) {
    return CANDIDATES.stream().filter(Files::isExecutable).findFirst().map(binary -> new Chromium(binary, work));
  }

  /** Renders {@code page} in a 1200 x 1600 window and returns the PNG screenshot's path. */
  Path screenshot(Path page) throws IOException, InterruptedException {
    Path png = work.resolve("screenshot.png");
    run(page, "--screenshot=" + png, "--window-size=1200,1600");
    return png;
  }

  /** Loads {@code page}, runs its scripts and returns the resulting DOM as HTML. */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return run(page, "--dump-dom");
  }

  private String run(Path page, String... extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "profile");
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    command.addAll(List.of(extra));
    command.add(page.toUri().toString());
    Path stdout = Files.createTempFile(work, "chromium", ".out");
    Path stderr = Files.createTempFile(work, "chromium", ".err");
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!process.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish within " + GIVE_UP_SECONDS + " s: " + command);
    }
    if (process.exitValue() != 0) {
      throw new AssertionError("chromium exited with " + process.exitValue() + ": "
          + Files.readString(stderr, StandardCharsets.UTF_8));
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }
}
