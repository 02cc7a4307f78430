package io.ttsql.samples;

/**
 * A buffer an application holds: one allocation, or one per device for a mesh buffer; a leaky
 * one is never freed by its process.
 *
 * @param parts the per-device allocations, in device order
 * @param leaky whether the process will never free it
 */
record LiveBuffer(Allocation[] parts, boolean leaky) {
  LiveBuffer {
    if (parts.length == 0) {
      throw new IllegalArgumentException("a buffer has at least one allocation");
    }
  }

  /** True for a buffer allocated on every device at one address. */
  boolean isMesh() {
    return parts.length > 1;
  }
}
