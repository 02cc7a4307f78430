-- name: size-histogram
-- description: allocations by buffer type and power-of-two size bucket, with a bar for the shell
--
-- A bucket holds the sizes from bucket_low up to twice bucket_low (excluded); the bar is
-- proportional to the allocations of the bucket, 30 characters for the fullest bucket.
with buckets as (
  select buffer_type, size_bucket(size) as bucket, size_bucket_low(size) as bucket_low,
         count(*) as allocations, sum(size) as bytes
  from lifetimes
  group by buffer_type, size_bucket(size), size_bucket_low(size)
)
select buffer_type, bucket, bucket_low, allocations, bytes,
       substring('██████████████████████████████'
                 from 1 for cast(ceiling(30.0 * allocations / max(allocations) over ()) as integer)) as bar
from buckets
order by buffer_type, bucket_low;
