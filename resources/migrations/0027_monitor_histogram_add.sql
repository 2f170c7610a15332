-- PostgreSQL adds the monitoring rollups' histograms in SQL, as SQLite does (core/usage/monitorrollups.cpp):
-- sb_histogram_add(stored, added) is the encoded sum of two usage::LogHistogram encodings (a format
-- byte 1, then each non-empty bucket's index byte and its count as a LEB128 varint, in bucket order;
-- NULL or empty is an empty histogram, and an empty sum is NULL), merged bucket by bucket on the two
-- byte strings. A damaged stored one is replaced by the added one, saying so (a warning); a damaged
-- added one is an error. The writer's upserts add a batch's rows to the stored ones with it, in one
-- statement a table, instead of reading them back, merging and writing them. SQLite's connection
-- registers the same function in C++ (LogHistogram::addEncoded).
-- postgresql only
CREATE FUNCTION sb_histogram_add(stored bytea, added bytea) RETURNS bytea LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    x bytea := stored;
    y bytea := added;
    nx int := coalesce(length(stored), 0);
    ny int := coalesce(length(added), 0);
    i int := 1;
    j int := 1;
    xb int := -1;
    yb int := -1;
    cx bigint;
    cy bigint;
    v int;
    s int;
    c bigint;
    b int;
    out text := '';
BEGIN
    IF ny > 0 AND get_byte(y, 0) <> 1 THEN
        RAISE EXCEPTION 'sb_histogram_add: not an encoded histogram';
    END IF;
    IF nx > 0 AND get_byte(x, 0) <> 1 THEN
        RAISE WARNING 'monitoring rollups: a damaged histogram was replaced';
        nx := 0;
    END IF;
    LOOP
        -- the next bucket of each not taken yet (-1: none; -2: damaged), its count a LEB128 varint
        IF xb = -1 AND i < nx THEN
            xb := get_byte(x, i); i := i + 1; cx := 0; s := 0;
            LOOP
                IF i >= nx OR s > 56 THEN xb := -2; EXIT; END IF;
                v := get_byte(x, i); i := i + 1;
                cx := cx | ((v & 127)::bigint << s);
                EXIT WHEN v < 128;
                s := s + 7;
            END LOOP;
            IF xb = -2 THEN
                RAISE WARNING 'monitoring rollups: a damaged histogram was replaced';
                RETURN sb_histogram_add(NULL, added);
            END IF;
        END IF;
        IF yb = -1 AND j < ny THEN
            yb := get_byte(y, j); j := j + 1; cy := 0; s := 0;
            LOOP
                IF j >= ny OR s > 56 THEN RAISE EXCEPTION 'sb_histogram_add: not an encoded histogram'; END IF;
                v := get_byte(y, j); j := j + 1;
                cy := cy | ((v & 127)::bigint << s);
                EXIT WHEN v < 128;
                s := s + 7;
            END LOOP;
        END IF;
        EXIT WHEN xb < 0 AND yb < 0;
        IF yb < 0 OR (xb >= 0 AND xb < yb) THEN
            b := xb; c := cx; xb := -1;
        ELSIF xb < 0 OR yb < xb THEN
            b := yb; c := cy; yb := -1;
        ELSE
            b := xb; c := cx + cy; xb := -1; yb := -1;
        END IF;
        CONTINUE WHEN c = 0;
        out := out || lpad(to_hex(b), 2, '0');
        WHILE c >= 128 LOOP
            out := out || lpad(to_hex((c & 127) | 128), 2, '0');
            c := c >> 7;
        END LOOP;
        out := out || lpad(to_hex(c), 2, '0');
    END LOOP;
    IF out = '' THEN
        RETURN NULL;
    END IF;
    RETURN decode('01' || out, 'hex');
END
$$;
