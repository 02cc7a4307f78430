-- name: diff-leaks-by-address
-- description: leaks per (device, address) in two runs: the figures of both, the change, and new, gone, grew or shrank
-- param: before = before (identifier)
-- param: after = after (identifier)
--
-- The per-address companion of diff-leaks-by-callsite, for server logs too (they have no
-- callsites): at each (device, address), the lifetimes left open (not freed) in each run, after
-- pairing, so address reuse and reclaimed processes do not mislead as the naive net count does;
-- leaks the suppressions file matches are left out. Addresses compare across runs only as far as
-- the allocator hands out the same addresses, which deterministic programs mostly do. change is
-- classified as in diff-leaks-by-callsite; unchanged addresses, usually most of them, are not
-- listed. Rows: new, grew, shrank, gone, each by the size of the change in bytes.
with leaks as (
  select device, address, 1 as leaks_before, size as bytes_before, 0 as leaks_after, 0 as bytes_after
  from :before.lifetimes
  where end_reason <> 'freed' and not suppressed
  union all
  select device, address, 0, 0, 1, size
  from :after.lifetimes
  where end_reason <> 'freed' and not suppressed
),
per_address as (
  select device, address, sum(leaks_before) as leaks_before, sum(bytes_before) as leaked_bytes_before,
         sum(leaks_after) as leaks_after, sum(bytes_after) as leaked_bytes_after
  from leaks
  group by device, address
),
classified as (
  select device, address, leaks_before, leaked_bytes_before, leaks_after, leaked_bytes_after,
         leaks_after - leaks_before as leaks_change,
         leaked_bytes_after - leaked_bytes_before as bytes_change,
         case when leaks_before = 0 then 'new'
              when leaks_after = 0 then 'gone'
              when leaked_bytes_after > leaked_bytes_before then 'grew'
              when leaked_bytes_after < leaked_bytes_before then 'shrank'
              when leaks_after > leaks_before then 'grew'
              when leaks_after < leaks_before then 'shrank'
              else 'unchanged' end as change
  from per_address
)
select change, device, address, hex(address) as address_hex, leaks_before, leaked_bytes_before,
       leaks_after, leaked_bytes_after, leaks_change, bytes_change, human_bytes(bytes_change) as bytes_changed
from classified
where change <> 'unchanged'
order by case change when 'new' then 1 when 'grew' then 2 when 'shrank' then 3 else 4 end,
         abs(bytes_change) desc, abs(leaks_change) desc, device, address;
