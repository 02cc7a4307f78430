-- name: unmatched-frees
-- description: frees that closed no allocation, by (device, address), with counts and first and last line
--
-- unknown_frees are the server's "Deallocation for unknown buffer" lines (buffers older than the
-- server, double frees, frees after a cleanup); the others are frees of a key that was not open,
-- or, in a buffer debug log, frees whose Buffer* and size both differ from those of the key's most
-- recent open allocation (another buffer's, allocated before logging started).
with numbered as (
  select device, address, kind, line,
         row_number() over (partition by device, address order by seq) as from_first,
         row_number() over (partition by device, address order by seq desc) as from_last
  from unmatched_frees
)
select device, address, hex(address) as address_hex,
       count(*) as frees,
       sum(case when kind = 'unknown_free' then 1 else 0 end) as unknown_frees,
       max(case when from_first = 1 then line end) as first_line,
       max(case when from_last = 1 then line end) as last_line
from numbered
group by device, address
order by frees desc, device, address;
