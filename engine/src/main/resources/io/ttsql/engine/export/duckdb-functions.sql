-- The ttsql SQL functions (io.ttsql.udf.UdfCatalog) as DuckDB macros, with the same names and
-- results. A DuckDB export creates them in each schema it writes, and those that read no table
-- in main, where the file opens, when it writes none there; {schema} stands for the schema's
-- quoted name. So the saved queries and other ttsql SQL run on the file.
--
-- DuckDB looks an unqualified function name up in the current schema before its built-in
-- functions, so hex(address) calls this hex, not DuckDB's, wherever the export's schema is the
-- current one (DuckDB's own stays reachable as system.main.hex). A macro's body is bound where it
-- is called, not where it was created: so every table and macro a body uses is qualified with
-- {schema}, and stacks.frame_at(…) reads stacks.frames from any current schema of the file.
-- Helpers of the bodies start with ttsql_, and so do the aliases and named values that an
-- argument is used under: an argument f.stack_id or m.unit names the caller's f or m, which a
-- body's own f or m would take for itself.
--
-- [expression for x in [value]][1] names a value within an expression; list_reduce(…) scans a
-- string character by character, as the Java implementations do. DuckDbFunctionsTest checks
-- every macro against its Java implementation.

-- A number as ttsql hands it to a function that takes a whole number: cut toward zero, as its
-- cast to BIGINT cuts (1.9 → 1, -1.9 → -1), where DuckDB's cast rounds to a nearest whole number,
-- one too far from zero when it passes the number. (Compared as DOUBLEs, so that digits in text
-- are taken too; every DOUBLE and whole number compares exactly.)
CREATE MACRO {schema}.ttsql_bigint(number) AS number::BIGINT - CASE
    WHEN number::BIGINT > 0 AND number::BIGINT > number::DOUBLE THEN 1
    WHEN number::BIGINT < 0 AND number::BIGINT < number::DOUBLE THEN -1
    ELSE 0 END;

-- hex(address bigint) → varchar: '0x' and lower-case hex digits; a negative value is the
-- unsigned 64-bit address it stores.
CREATE MACRO {schema}.hex(address) AS '0x' || lower(to_hex({schema}.ttsql_bigint(address)));

-- The text without the leading and trailing characters that Java's String.strip() removes
-- (Character.isWhitespace); a number is its digits, as ttsql hands it to a function that takes text.
CREATE MACRO {schema}.ttsql_strip(text) AS trim(text::VARCHAR, array_to_string([chr(c) for c in
    [9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8200, 8201, 8202,
     8232, 8233, 8287, 12288]], ''));

-- parse_address(text varchar) → bigint: '0x…' hex or decimal ASCII digits, blanks around them
-- ignored, at most 2^64 - 1; values of 2^63 and more come back negative, as stored. Other text is
-- an error. (DuckDB's cast reads 0x… too, but also signs and _ between digits: hence the pattern.)
CREATE MACRO {schema}.parse_address(text) AS [
    CASE
      WHEN ttsql_address.digits IS NULL THEN NULL
      WHEN NOT regexp_full_match(ttsql_address.digits, '0[xX][0-9a-fA-F]+|[0-9]+')
           OR ttsql_address.unsigned IS NULL
        THEN error('parse_address: ''' || text || ''' is not an address (0x… hex or decimal)')
      ELSE (ttsql_address.unsigned::HUGEINT
            - CASE WHEN ttsql_address.unsigned > 9223372036854775807 THEN 18446744073709551616 ELSE 0 END)::BIGINT
    END
    for ttsql_address in [{'digits': s, 'unsigned': try_cast(s AS UBIGINT)}
                          for s in [{schema}.ttsql_strip(text)]]][1];

-- human_bytes(bytes bigint) → varchar: the size in the first unit (B, KB, … EB, powers of 1024)
-- where it stays below 1024 once rounded half up to tenths; one decimal at most.
CREATE MACRO {schema}.human_bytes(bytes) AS [
    [CASE WHEN ttsql_bytes < 0 THEN '-' ELSE '' END || (ttsql_size.tenths // 10)::VARCHAR
       || CASE WHEN ttsql_size.tenths % 10 = 0 THEN '' ELSE '.' || (ttsql_size.tenths % 10)::VARCHAR END
       || ' ' || ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'][ttsql_size.unit + 1]
     for ttsql_size in [{'unit': k,
                         'tenths': (abs(ttsql_bytes::HUGEINT) * 10 + (1::HUGEINT << (10 * k)) // 2) // (1::HUGEINT << (10 * k))}
                        for k in range(7)]
     if ttsql_size.tenths < 10240 OR ttsql_size.unit = 6][1]
    for ttsql_bytes in [{schema}.ttsql_bigint(bytes)]][1];

-- size_bucket_low(bytes bigint) → bigint: the largest power of two not above the size; 0 for 0,
-- NULL for a negative size.
CREATE MACRO {schema}.size_bucket_low(bytes) AS [
    CASE
      WHEN ttsql_bytes > 0 THEN 1::BIGINT << (64 - bit_position('1'::BIT, ttsql_bytes::BIT))
      WHEN ttsql_bytes = 0 THEN 0::BIGINT
    END
    for ttsql_bytes in [{schema}.ttsql_bigint(bytes)]][1];

-- size_bucket(bytes bigint) → varchar: '4 KB – 8 KB', from size_bucket_low to twice it, each a
-- whole number of its largest unit; '0 B' for 0, NULL for a negative size.
CREATE MACRO {schema}.size_bucket(bytes) AS [
    CASE
      WHEN low = 0 THEN '0 B'
      WHEN low > 0 THEN array_to_string(
        [(1::BIGINT << (p % 10))::VARCHAR || ' ' || ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'][p // 10 + 1]
         for p in [bit_count(low - 1), bit_count(low - 1) + 1]], ' – ')
    END
    for low in [{schema}.size_bucket_low(bytes)]][1];

-- short_function(name varchar) → varchar and its helpers, which follow FunctionNames and
-- SymbolFunctions step by step. Each helper reads its argument several times, so its callers pass
-- a column, a named value or a cheap expression, never one that takes long to compute.

-- The text without the trailing qualifiers ' const', ' volatile', ' &&', ' &', ' noexcept',
-- '[abi:cxx11]' and GCC's ' [clone .…]', removed pass after pass (a pass that changes the text
-- shortens it by two characters at least, so length // 2 + 1 passes reach the end; a text that
-- ends in none of the qualifiers' last characters is left alone at once).
CREATE MACRO {schema}.ttsql_strip_qualifiers(text) AS list_reduce(range(length(text) // 2 + 1),
    lambda qualified, pass: CASE WHEN right(qualified, 1) IN ('t', 'e', '&', ']') THEN regexp_replace(
      list_reduce([' const', ' volatile', ' &&', ' &', ' noexcept', '[abi:cxx11]'],
                  lambda t, q: CASE WHEN suffix(t, q) THEN left(t, length(t) - length(q)) ELSE t END, qualified),
      '^(.*) \[clone [^\]]*\]$', '\1', 's') ELSE qualified END,
    text);

-- Where the parameter list of a symbol starts: the position of the ( that opens the group closed
-- by the symbol's last character, or 0 when it does not end in ) or nothing opens it.
CREATE MACRO {schema}.ttsql_parameters_start(symbol) AS CASE WHEN suffix(symbol, ')') THEN
    list_reduce(range(length(symbol), 0, -1), lambda scan, i: CASE
        WHEN scan.open > 0 THEN scan
        WHEN symbol[i] = ')' THEN {'depth': scan.depth + 1, 'open': 0::BIGINT}
        WHEN symbol[i] = '(' THEN {'depth': scan.depth - 1, 'open': CASE WHEN scan.depth = 1 THEN i ELSE 0 END}
        ELSE scan
      END, {'depth': 0::BIGINT, 'open': 0::BIGINT}).open
  ELSE 0 END;

-- The name after a template function's return type: the text after the last space outside
-- brackets ahead of the word 'operator' (outside brackets), after which the spaces are the
-- operator's own (operator unsigned long).
CREATE MACRO {schema}.ttsql_without_return_type(name) AS substring(name,
    list_reduce(range(1, length(name) + 1), lambda scan, i: CASE
        WHEN scan.stop THEN scan
        WHEN name[i] IN ('<', '(', '[', '{') THEN {'depth': scan.depth + 1, 'space': scan.space, 'stop': false}
        WHEN name[i] IN ('>', ')', ']', '}') THEN {'depth': scan.depth - 1, 'space': scan.space, 'stop': false}
        WHEN scan.depth = 0 AND name[i:i + 7] = 'operator'
             AND (i = 1 OR NOT regexp_matches(name[i - 1], '^[A-Za-z0-9_]$'))
             AND NOT regexp_matches(name[i + 8], '^[A-Za-z0-9_]$')
          THEN {'depth': scan.depth, 'space': scan.space, 'stop': true}
        WHEN name[i] = ' ' AND scan.depth = 0 THEN {'depth': scan.depth, 'space': i, 'stop': false}
        ELSE scan
      END, {'depth': 0::BIGINT, 'space': 0::BIGINT, 'stop': false}).space + 1);

-- The function name of a demangled symbol, as frames.function holds it: without trailing
-- qualifiers, parameter list and return type (the call operator's own () are no parameter list).
CREATE MACRO {schema}.ttsql_function_name(symbol) AS [
    [[{schema}.ttsql_without_return_type(name)
      for name in [CASE WHEN open > 1 AND NOT (open >= 9 AND stripped[open - 8:open - 1] = 'operator'
                          AND (open = 9 OR NOT regexp_matches(stripped[open - 9], '^[A-Za-z0-9_]$')))
                     THEN {schema}.ttsql_strip_qualifiers(left(stripped, open - 1)) ELSE stripped END]][1]
     for open in [{schema}.ttsql_parameters_start(stripped)]][1]
    for stripped in [{schema}.ttsql_strip_qualifiers({schema}.ttsql_strip(symbol))]][1];

-- How many (, [ and { are open after the character c, when depth were open before it.
CREATE MACRO {schema}.ttsql_nesting(depth, c) AS CASE
    WHEN c IN ('(', '[', '{') THEN depth + 1
    WHEN c IN (')', ']', '}') AND depth > 0 THEN depth - 1
    ELSE depth END;

-- The last one or two components of a name split at :: outside brackets (a closing bracket
-- without its opening one counts for nothing; inside (), [] and {}, < and > are operators).
CREATE MACRO {schema}.ttsql_last_components(name) AS [
    CASE WHEN split.previous > 0
      THEN [substring(name, split.previous, split.start - 2 - split.previous), substring(name, split.start)]
      ELSE [substring(name, split.start)]
    END
    for split in [list_reduce(range(1, length(name) + 1), lambda scan, i: CASE
        WHEN scan.skip THEN {'angles': scan.angles, 'others': scan.others, 'skip': false, 'previous': scan.previous, 'start': scan.start}
        WHEN name[i] = '<' AND scan.others = 0
          THEN {'angles': scan.angles + 1, 'others': scan.others, 'skip': false, 'previous': scan.previous, 'start': scan.start}
        WHEN name[i] = '>' AND scan.others = 0 AND scan.angles > 0
          THEN {'angles': scan.angles - 1, 'others': scan.others, 'skip': false, 'previous': scan.previous, 'start': scan.start}
        WHEN name[i] = ':' AND name[i + 1] = ':' AND scan.angles = 0 AND scan.others = 0
          THEN {'angles': scan.angles, 'others': scan.others, 'skip': true, 'previous': scan.start, 'start': i + 2}
        ELSE {'angles': scan.angles, 'others': {schema}.ttsql_nesting(scan.others, name[i]), 'skip': false,
              'previous': scan.previous, 'start': scan.start}
      END, {'angles': 0::BIGINT, 'others': 0::BIGINT, 'skip': false, 'previous': 0::BIGINT, 'start': 1::BIGINT})]][1];

-- Text without its balanced <…> groups (inside (), [] and {}, < and > are operators); text whose
-- <…> do not balance stays as it is.
CREATE MACRO {schema}.ttsql_without_angle_groups(part) AS [
    CASE WHEN stripped.angles = 0 THEN stripped.kept ELSE part END
    for stripped in [list_reduce(range(1, length(part) + 1), lambda scan, i: CASE
        WHEN part[i] = '<' AND scan.others = 0 THEN {'angles': scan.angles + 1, 'others': scan.others, 'kept': scan.kept}
        WHEN part[i] = '>' AND scan.others = 0 AND scan.angles > 0
          THEN {'angles': scan.angles - 1, 'others': scan.others, 'kept': scan.kept}
        ELSE {'angles': scan.angles, 'others': {schema}.ttsql_nesting(scan.others, part[i]),
              'kept': CASE WHEN scan.angles = 0 THEN scan.kept || part[i] ELSE scan.kept END}
      END, {'angles': 0::BIGINT, 'others': 0::BIGINT, 'kept': ''})]][1];

-- A name component without its template arguments; an operator stays as it is, but for the
-- template arguments after the call operator (operator()<int>).
CREATE MACRO {schema}.ttsql_without_template_arguments(part) AS CASE
    WHEN starts_with(part, 'operator()') THEN 'operator()' || {schema}.ttsql_without_angle_groups(substring(part, 11))
    WHEN starts_with(part, 'operator') THEN part
    ELSE {schema}.ttsql_without_angle_groups(part) END;

-- short_function(name varchar) → varchar: the last two :: components of the function name,
-- without template arguments: 'Matmul::create_output_tensors'.
CREATE MACRO {schema}.short_function(name) AS [
    array_to_string([{schema}.ttsql_without_template_arguments(part) for part in {schema}.ttsql_last_components(fn)], '::')
    for fn in [{schema}.ttsql_function_name(name)]][1];

-- ttsql: the macros below read the schema's frames table (a schema without tables takes those above).

-- frame_at(stack_id bigint, n integer) → varchar: the function of frame n of the stack (0 is
-- the frame printed first), NULL past the last frame or for an unknown stack.
CREATE MACRO {schema}.frame_at(stack, n) AS
  (SELECT ttsql_frame."function" FROM {schema}.frames AS ttsql_frame
   WHERE ttsql_frame.stack_id = {schema}.ttsql_bigint(stack) AND ttsql_frame.depth = {schema}.ttsql_bigint(n)::INTEGER);

-- stack_text(stack_id bigint) → varchar: the functions of the stack, one per line from frame 0;
-- a frame with a hidden symbol shows its module.
CREATE MACRO {schema}.stack_text(stack) AS
  (SELECT string_agg(CASE WHEN ttsql_frame."function" = '' AND ttsql_frame."module" IS NOT NULL
                          THEN ttsql_frame."module" ELSE ttsql_frame."function" END,
                     chr(10) ORDER BY ttsql_frame.depth)
   FROM {schema}.frames AS ttsql_frame WHERE ttsql_frame.stack_id = {schema}.ttsql_bigint(stack));

-- stack_contains(stack_id bigint, pattern varchar) → boolean: whether the function of some frame
-- of the stack contains the pattern (case-sensitive, no wildcards); NULL for an unknown stack.
CREATE MACRO {schema}.stack_contains(stack, pattern) AS
  (SELECT bool_or(contains(ttsql_frame."function", pattern)) FROM {schema}.frames AS ttsql_frame
   WHERE ttsql_frame.stack_id = {schema}.ttsql_bigint(stack));
