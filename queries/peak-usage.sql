-- name: peak-usage
-- description: per (device, buffer_type), the most bytes held at once, when it happened, and what is left at the end
--
-- Bytes are counted as the device holds them: a (device, address) key holds the size of the
-- allocation that opened it, from that allocation's alloc_seq up to, but not including, the
-- end_seq of its last open allocation (never ended: up to the end of the log); a ref-counted
-- duplicate adds nothing, and an allocation that creates the key again over allocations left
-- open (their frees lost) replaces the key's size with its own. A buffer debug log records each
-- buffer, so there a DRAM and an L1 buffer at one address (two address spaces) are two keys, and a
-- graph-capture (hooked) buffer, which has no real address, or one that does not own its memory
-- holds nothing.
-- peak_bytes is the largest sum, reached first at peak_seq (line peak_line) with live_at_peak
-- allocations open, and final_bytes is what is still held after the last event. The peaks table holds these figures,
-- computed by the engine in one sweep over the lifetimes.
select device, buffer_type, peak_bytes, human_bytes(peak_bytes) as peak,
       peak_seq, peak_line, live_at_peak, final_bytes
from peaks
order by device, buffer_type;
