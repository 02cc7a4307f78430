-- name: leaks-by-callsite
-- description: allocations never freed (end_reason not freed), grouped by the callsite that made them
--
-- A lifetime ended by process_exit was reclaimed by the server when its process died, one ended
-- by end_of_log was still held when the log stopped, and one ended by server_restart was still
-- held when the server started again: either way the program never freed it.
-- overlapped counts the leaks whose (device, address) was held twice at once (see lifetimes).
-- callsite is NULL for allocations without a call stack (the server log has none) or whose
-- frames are all buffer plumbing. Leaks that the suppressions file matches are left out (summary counts them).
with leaks as (
  select callsite, device, buffer_type, size, overlapped
  from lifetimes
  where end_reason <> 'freed' and not suppressed
),
totals as (
  select callsite, count(*) as leaks, sum(size) as leaked_bytes,
         sum(case when overlapped then 1 else 0 end) as overlapped
  from leaks
  group by callsite
),
devices as (
  select callsite, string_agg(cast(device as varchar), ', ' order by device) as devices
  from (select distinct callsite, device from leaks) as d
  group by callsite
),
types as (
  select callsite, string_agg(buffer_type, ', ' order by buffer_type) as buffer_types
  from (select distinct callsite, buffer_type from leaks) as t
  group by callsite
)
select t.callsite, t.leaks, t.leaked_bytes, human_bytes(t.leaked_bytes) as leaked, t.overlapped,
       d.devices, y.buffer_types
from totals as t
join devices as d on d.callsite is not distinct from t.callsite
join types as y on y.callsite is not distinct from t.callsite
order by t.leaked_bytes desc, t.leaks desc, t.callsite;
