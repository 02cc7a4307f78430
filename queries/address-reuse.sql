-- name: address-reuse
-- description: (device, address) pairs allocated with more than one size, where per-address counts mislead
--
-- One address hosts many buffers over a run, often of different sizes and types; counting per
-- address then adds up unrelated buffers. overlapped counts the address's allocations that were
-- still open when it was handed out again (see lifetimes.overlapped).
select device, address, hex(address) as address_hex, allocs as allocations, distinct_sizes, sizes, overlapped
from addresses
where distinct_sizes > 1
order by distinct_sizes desc, allocations desc, device, address;
