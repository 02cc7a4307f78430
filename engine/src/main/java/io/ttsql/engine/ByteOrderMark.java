package io.ttsql.engine;

/**
 * The UTF-8 byte order mark ({@code EF BB BF}) that some editors and Windows tools put at the
 * start of a text file: logs and scripts skip it, as {@code gzip}, {@code grep} and Python's
 * {@code utf-8-sig} readers let text start after it.
 */
public final class ByteOrderMark {
  private static final byte[] UTF8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ByteOrderMark() {}

  /** The length of the byte order mark that the first {@code length} bytes of {@code text} start with: 3, or 0 for none. */
  public static int length(byte[] text, int length) {
    if (length < UTF8.length) {
      return 0;
    }
    for (int i = 0; i < UTF8.length; i++) {
      if (text[i] != UTF8[i]) {
        return 0;
      }
    }
    return UTF8.length;
  }
}
