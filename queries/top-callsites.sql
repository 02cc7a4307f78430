-- name: top-callsites
-- description: all allocations by callsite, the most bytes first: count, bytes, sizes, and how many were freed
-- param: limit = 20
--
-- avg_size is rounded to whole bytes; freed_pct is the share of the callsite's allocations that a
-- free closed (the others were reclaimed at process exit, or still held at a server restart or at
-- the end of the log).
select callsite,
       count(*) as allocations,
       sum(size) as bytes,
       human_bytes(sum(size)) as total,
       cast(round(avg(cast(size as double))) as bigint) as avg_size,
       max(size) as max_size,
       cast(round(100.0 * sum(case when end_reason = 'freed' then 1 else 0 end) / count(*), 1) as decimal(5, 1)) as freed_pct
from lifetimes
group by callsite
order by bytes desc, allocations desc, callsite
limit :limit;
