-- name: net-leaks
-- description: each (device, address) with more alloc than free events: the naive per-address count
--
-- This is the count people compute today (allocations minus frees per address, unknown frees
-- ignored); it cannot tell a leak from a buffer reclaimed at process exit or from address reuse
-- hiding a leak. Compare it with leaks-by-callsite, which pairs each allocation with its free.
-- The addresses table holds these counts per (device, address), computed in one pass over the
-- events; buffer_type is the most frequent type of the address's allocations (the first by name
-- on a tie) and sizes lists its distinct allocation sizes.
select device, address, hex(address) as address_hex, buffer_type,
       allocs, frees, net, distinct_sizes, sizes
from addresses
where net > 0
order by net desc, device, address;
