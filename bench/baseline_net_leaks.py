#!/usr/bin/env python3
"""The approach people use today, as the baseline ttsql is measured against: count allocations
against frees per (device, buffer_id) with regular expressions, one line at a time.

Fixed from correlate_leaked_buffers.py so that it reads hex ids and frees that print
'ref_count=N remaining'. Prints device,address,allocs,frees,net for every address with more
allocations than frees, most net first (the same rows as `ttsql run net-leaks`).
"""
import re
import sys
from collections import defaultdict

ALLOC = re.compile(r"✓ \[PID -?\d+\] Allocated \d+ bytes of \w+ on device (-?\d+) \(buffer_id=(0x[0-9a-fA-F]+|\d+)(?:, ref_count=\d+)?\)")
FREE = re.compile(r"✗ \[PID -?\d+\] Freed buffer (0x[0-9a-fA-F]+|\d+) on device (-?\d+) \(\d+ bytes(?:, FINAL|, ref_count=\d+ remaining)?\)")


def address(text):
    return int(text, 16) if text.startswith(("0x", "0X")) else int(text)


def main(path):
    allocs = defaultdict(int)
    frees = defaultdict(int)
    with open(path, encoding="utf-8", errors="replace") as log:
        for line in log:
            m = ALLOC.match(line)
            if m:
                allocs[(int(m.group(1)), address(m.group(2)))] += 1
                continue
            m = FREE.match(line)
            if m:
                frees[(int(m.group(2)), address(m.group(1)))] += 1
    leaks = [(key, n, frees[key]) for key, n in allocs.items() if n > frees[key]]
    leaks.sort(key=lambda row: (-(row[1] - row[2]), row[0]))
    print("device,address,allocs,frees,net")
    for (device, addr), n, f in leaks:
        print(f"{device},{addr},{n},{f},{n - f}")


if __name__ == "__main__":
    main(sys.argv[1])
