package io.ttsql.shell.session;

/** The user's home folder as a shell knows it: {@code $HOME}, else the one Java was told. */
public final class HomeFolder {
  private HomeFolder() {}

  /** {@code $HOME} when it is set, as {@code ~} means in a shell, else Java's {@code user.home}. */
  public static String path() {
    String home = System.getenv("HOME");
    return home == null || home.isEmpty() ? System.getProperty("user.home") : home;
  }
}
