package io.ttsql.shell.session;

import io.ttsql.engine.ByteOrderMark;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a SQL script, read from its bytes: UTF-8 only (a byte that is not fails naming the
 * script and line), a byte order mark at the start skipped, {@code \n} or {@code \r\n} ending a line.
 */
public final class ScriptLines {
  private final InputStream in;
  private final String name;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private long number;

  /**
   * @param in the script's bytes
   * @param name the script as errors name it
   */
  public ScriptLines(InputStream in, String name) {
    this.in = new BufferedInputStream(in);
    this.name = name;
  }

  /**
   * The next line, without its line break, or null at the end.
   *
   * @throws IOException {@code NAME: not UTF-8 text (line N)} for a line that is not UTF-8
   */
  public String next() throws IOException {
    line.reset();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      line.write(b);
    }
    if (b == -1 && line.size() == 0) {
      return null;
    }
    number++;
    byte[] bytes = line.toByteArray();
    int start = number == 1 ? ByteOrderMark.length(bytes, bytes.length) : 0;
    int end = bytes.length > start && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    try {
      return utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
    } catch (CharacterCodingException e) {
      throw new IOException(name + ": not UTF-8 text (line " + number + ")", e);
    }
  }
}
