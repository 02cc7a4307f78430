-- name: peak-usage
-- description: per (device, buffer_type), the most bytes held at once, when it happened, and what is left at the end
--
-- An allocation counts from its alloc_seq up to, but not including, its end_seq (never ended:
-- up to the end of the log). The bytes held after each event are a running sum of +size at
-- each alloc_seq and -size at each end_seq; peak_bytes is its largest value, reached first at
-- peak_seq (line peak_line) with live_at_peak allocations open, and final_bytes is what is
-- still held after the last event.
with deltas as (
  select device, buffer_type, alloc_seq as seq, size as bytes, 1 as live
  from lifetimes
  union all
  select device, buffer_type, end_seq as seq, -size as bytes, -1 as live
  from lifetimes
  where end_seq is not null
),
per_event as (
  select device, buffer_type, seq, sum(bytes) as bytes, sum(live) as live
  from deltas
  group by device, buffer_type, seq
),
held_after_event as (
  select device, buffer_type, seq,
         sum(bytes) over (partition by device, buffer_type order by seq rows between unbounded preceding and current row) as held,
         sum(live) over (partition by device, buffer_type order by seq rows between unbounded preceding and current row) as live,
         sum(bytes) over (partition by device, buffer_type) as final_bytes
  from per_event
),
ranked as (
  select device, buffer_type, seq, held, live, final_bytes,
         row_number() over (partition by device, buffer_type order by held desc, seq) as rank_by_held
  from held_after_event
)
select r.device, r.buffer_type, r.held as peak_bytes, human_bytes(r.held) as peak,
       r.seq as peak_seq, e.line as peak_line, r.live as live_at_peak, r.final_bytes
from ranked as r
join events as e on e.seq = r.seq
where r.rank_by_held = 1
order by r.device, r.buffer_type;
