-- name: diff-leaks-by-callsite
-- description: leaks by callsite in two runs: the figures of both, the change, and new, gone, grew, shrank or unchanged
-- param: before = before (identifier)
-- param: after = after (identifier)
--
-- Load the two runs as two schemas (ttsql diff before.log after.log does, and prints this); the
-- parameters name them. Leaks are lifetimes not freed, as in leaks-by-callsite, without those the
-- suppressions file matches. change is new (no leak there before), gone (none left after), grew
-- or shrank (by leaked bytes, or by leaks when the bytes are equal) or unchanged; unchanged
-- callsites are kept, so the columns add up to each run's totals. callsite is NULL for leaks
-- without a call stack (server logs) or whose frames are all buffer plumbing. Rows: new, grew, shrank, gone, unchanged, each by the size
-- of the change in bytes.
with leaks as (
  select callsite, 1 as leaks_before, size as bytes_before, 0 as leaks_after, 0 as bytes_after
  from :before.lifetimes
  where end_reason <> 'freed' and not suppressed
  union all
  select callsite, 0, 0, 1, size
  from :after.lifetimes
  where end_reason <> 'freed' and not suppressed
),
per_callsite as (
  select callsite, sum(leaks_before) as leaks_before, sum(bytes_before) as leaked_bytes_before,
         sum(leaks_after) as leaks_after, sum(bytes_after) as leaked_bytes_after
  from leaks
  group by callsite
),
classified as (
  select callsite, leaks_before, leaked_bytes_before, leaks_after, leaked_bytes_after,
         leaks_after - leaks_before as leaks_change,
         leaked_bytes_after - leaked_bytes_before as bytes_change,
         case when leaks_before = 0 then 'new'
              when leaks_after = 0 then 'gone'
              when leaked_bytes_after > leaked_bytes_before then 'grew'
              when leaked_bytes_after < leaked_bytes_before then 'shrank'
              when leaks_after > leaks_before then 'grew'
              when leaks_after < leaks_before then 'shrank'
              else 'unchanged' end as change
  from per_callsite
)
select change, callsite, leaks_before, leaked_bytes_before, leaks_after, leaked_bytes_after,
       leaks_change, bytes_change, human_bytes(bytes_change) as bytes_changed
from classified
order by case change when 'new' then 1 when 'grew' then 2 when 'shrank' then 3 when 'gone' then 4 else 5 end,
         abs(bytes_change) desc, abs(leaks_change) desc, callsite;
