-- name: peak-usage
-- description: per (device, buffer_type), the most bytes held at once, when it happened, and what is left at the end
--
-- An allocation counts from its alloc_seq up to, but not including, its end_seq (never ended:
-- up to the end of the log). The bytes held after each event are a running sum of +size at
-- each alloc_seq and -size at each end_seq; peak_bytes is its largest value, reached first at
-- peak_seq (line peak_line) with live_at_peak allocations open, and final_bytes is what is
-- still held after the last event. The peaks table holds these figures, computed by the engine
-- in one sweep over the lifetimes.
select device, buffer_type, peak_bytes, human_bytes(peak_bytes) as peak,
       peak_seq, peak_line, live_at_peak, final_bytes
from peaks
order by device, buffer_type;
