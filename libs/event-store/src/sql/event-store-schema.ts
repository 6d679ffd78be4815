/**
 * The event store's tables and functions, as versioned migrations (one SQL dialect for the
 * PostgreSQL server and PGlite). A migration is never edited once released: add the next one.
 *
 * The log is ordered by (transaction_id, global_position) and read only below the oldest running
 * transaction, so a transaction that commits late is never skipped (see sql-event-store.ts).
 */
import type { Migration } from './migrations';

const EVENTS_TABLE = `
CREATE TABLE nsf_events (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
  event_id        uuid NOT NULL,
  stream_id       text NOT NULL,
  revision        bigint NOT NULL CHECK (revision >= 0),
  event_type      text NOT NULL,
  schema_version  integer NOT NULL,
  tenant_id       text NOT NULL,
  occurred_at     timestamptz NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  actor           text NOT NULL,
  reason          text,
  command_id      text NOT NULL,
  correlation_id  text NOT NULL,
  causation_id    text,
  data            jsonb NOT NULL,
  metadata        jsonb NOT NULL,
  previous_hash   text,
  hash            text NOT NULL,
  CONSTRAINT nsf_events_event_id_key UNIQUE (event_id),
  CONSTRAINT nsf_events_stream_revision_key UNIQUE (stream_id, revision)
)`;

/** The global log's order, and its checkpoint: readAll is an index range scan on this pair. */
const COMMIT_ORDER_INDEX = `CREATE INDEX nsf_events_commit_order ON nsf_events (transaction_id, global_position)`;

/**
 * Events are never rewritten or removed by the application. (The hash chain is what detects an
 * owner of the database who disables this.)
 */
const APPEND_ONLY_GUARD = `
CREATE FUNCTION nsf_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'NS003', MESSAGE = 'nsf_events is append-only: events are never updated or deleted';
END
$fn$`;
const APPEND_ONLY_ROWS = `
CREATE TRIGGER nsf_events_append_only BEFORE UPDATE OR DELETE ON nsf_events
  FOR EACH ROW EXECUTE FUNCTION nsf_events_append_only()`;
const APPEND_ONLY_TRUNCATE = `
CREATE TRIGGER nsf_events_no_truncate BEFORE TRUNCATE ON nsf_events
  FOR EACH STATEMENT EXECUTE FUNCTION nsf_events_append_only()`;

/**
 * Is this batch (same ids, same order, same content) already stored in this stream as one whole
 * append? Returns what the append returned ({revision, positions, hashes}) if so, NULL if none of the ids exist,
 * and raises NS002 (EventIdConflictError) if some exist in any other way. Content is compared by
 * recomputing the stored link from the stored previous hash and the digest given now.
 */
const FIND_APPENDED = `
CREATE FUNCTION nsf_find_appended(p_stream text, p_events jsonb, p_digests text) RETURNS jsonb
LANGUAGE plpgsql AS $fn$
DECLARE
  v_count integer := jsonb_array_length(p_events);
  v_found integer;
  v_same boolean;
  v_offsets integer;
  v_transactions integer;
  v_transaction xid8;
  v_rows jsonb;
  v_ids text;
  v_batch integer;
BEGIN
  WITH given AS (
    SELECT (e.ev->>'id')::uuid AS id, e.ord, d.digest
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS e(ev, ord)
    JOIN unnest(string_to_array(p_digests, ' ')) WITH ORDINALITY AS d(digest, ord) USING (ord)
  )
  SELECT count(s.event_id),
         coalesce(bool_and(s.stream_id = p_stream AND s.hash = encode(sha256(convert_to(
           coalesce(s.previous_hash, '') || E'\\n' || s.revision::text || E'\\n' || g.digest, 'UTF8')), 'hex')), false),
         count(DISTINCT s.revision - g.ord),
         count(DISTINCT s.transaction_id),
         (array_agg(s.transaction_id) FILTER (WHERE s.event_id IS NOT NULL))[1],
         jsonb_build_object('revision', min(s.revision),
                            'positions', jsonb_agg(s.global_position ORDER BY g.ord),
                            'hashes', jsonb_agg(s.hash ORDER BY g.ord)),
         string_agg(s.event_id::text, ', ')
    INTO v_found, v_same, v_offsets, v_transactions, v_transaction, v_rows, v_ids
    FROM given g LEFT JOIN nsf_events s ON s.event_id = g.id;

  IF v_found = 0 THEN
    RETURN NULL;
  END IF;
  IF v_found = v_count AND v_same AND v_offsets = 1 AND v_transactions = 1 THEN
    SELECT count(*) INTO v_batch FROM nsf_events WHERE stream_id = p_stream AND transaction_id = v_transaction;
    IF v_batch = v_count THEN
      RETURN v_rows;
    END IF;
  END IF;
  RAISE EXCEPTION USING ERRCODE = 'NS002', MESSAGE = 'event ids already used by a different append', DETAIL = v_ids;
END
$fn$`;

/**
 * The append, in one round trip: check the expected revision against the head, chain the hashes,
 * insert. Two writers that read the same head collide on nsf_events_stream_revision_key (23505),
 * which the adapter resolves. p_events holds each event's hashed content (canonical JSON made by
 * the adapter), p_digests the sha-256 of each, space-separated.
 * Returns {"revision": first revision, "positions": [...], "hashes": [...]}, in batch order.
 * The batch is one INSERT … SELECT whose RETURNING rows are collected in a loop (about half the
 * cost of a CTE with jsonb_agg, measured). A single event goes to nsf_append_event instead.
 */
const APPEND_EVENTS = `
CREATE FUNCTION nsf_append_events(p_stream text, p_expected text, p_events jsonb, p_digests text) RETURNS jsonb
LANGUAGE plpgsql AS $fn$
DECLARE
  v_head bigint;
  v_hash text;
  v_satisfied boolean;
  v_digests text[] := string_to_array(p_digests, ' ');
  v_previous text[];
  v_hashes text[];
  v_positions bigint[];
  v_existing jsonb;
  v_row record;
BEGIN
  SELECT s.revision, s.hash INTO v_head, v_hash
    FROM nsf_events s WHERE s.stream_id = p_stream ORDER BY s.revision DESC LIMIT 1;

  v_satisfied := CASE p_expected
                   WHEN 'any' THEN true
                   WHEN 'no_stream' THEN v_head IS NULL
                   WHEN 'stream_exists' THEN v_head IS NOT NULL
                   ELSE v_head IS NOT DISTINCT FROM p_expected::bigint
                 END;
  IF NOT v_satisfied THEN
    v_existing := nsf_find_appended(p_stream, p_events, p_digests);
    IF v_existing IS NOT NULL THEN
      RETURN v_existing;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'NS001', MESSAGE = 'wrong expected revision',
      DETAIL = coalesce(v_head::text, 'no_stream');
  END IF;

  v_head := coalesce(v_head, -1);

  -- hash(r) = sha256(previousHash || "\\n" || r || "\\n" || digest), as chainHash in hash-chain.ts
  FOR i IN 1 .. array_length(v_digests, 1) LOOP
    v_previous[i] := v_hash;
    v_hash := encode(sha256(convert_to(
      coalesce(v_hash, '') || E'\\n' || (v_head + i)::text || E'\\n' || v_digests[i], 'UTF8')), 'hex');
    v_hashes[i] := v_hash;
  END LOOP;

  FOR v_row IN
    INSERT INTO nsf_events (event_id, stream_id, revision, event_type, schema_version, tenant_id, occurred_at,
                            actor, reason, command_id, correlation_id, causation_id, data, metadata,
                            previous_hash, hash)
    SELECT (e.ev->>'id')::uuid, p_stream, v_head + e.ord, e.ev->>'type',
           (e.ev->>'schemaVersion')::integer, e.ev->>'tenantId', (e.ev->>'occurredAt')::timestamptz,
           e.ev->>'actor', e.ev->>'reason', e.ev->>'commandId', e.ev->>'correlationId', e.ev->>'causationId',
           e.ev->'data', e.ev->'metadata', v_previous[e.ord], v_hashes[e.ord]
      FROM jsonb_array_elements(p_events) WITH ORDINALITY AS e(ev, ord)
    RETURNING revision, global_position
  LOOP
    v_positions[v_row.revision - v_head] := v_row.global_position;
  END LOOP;
  RETURN jsonb_build_object('revision', v_head + 1, 'positions', to_jsonb(v_positions), 'hashes', to_jsonb(v_hashes));
END
$fn$`;

/**
 * The append of a single event — most commands make one — with the envelope as typed parameters:
 * a single-row INSERT from parameters costs far less server time than unpacking a JSON batch
 * (measured: about the cost of a plain INSERT). Same rules and same result as nsf_append_events.
 */
const APPEND_EVENT = `
CREATE FUNCTION nsf_append_event(p_stream text, p_expected text, p_id uuid, p_type text, p_schema_version integer,
  p_tenant_id text, p_occurred_at timestamptz, p_actor text, p_reason text, p_command_id text,
  p_correlation_id text, p_causation_id text, p_data jsonb, p_metadata jsonb, p_digest text) RETURNS jsonb
LANGUAGE plpgsql AS $fn$
DECLARE
  v_head bigint;
  v_hash text;
  v_previous text;
  v_satisfied boolean;
  v_existing jsonb;
  v_position bigint;
BEGIN
  SELECT s.revision, s.hash INTO v_head, v_hash
    FROM nsf_events s WHERE s.stream_id = p_stream ORDER BY s.revision DESC LIMIT 1;

  v_satisfied := CASE p_expected
                   WHEN 'any' THEN true
                   WHEN 'no_stream' THEN v_head IS NULL
                   WHEN 'stream_exists' THEN v_head IS NOT NULL
                   ELSE v_head IS NOT DISTINCT FROM p_expected::bigint
                 END;
  IF NOT v_satisfied THEN
    v_existing := nsf_find_appended(p_stream, jsonb_build_array(jsonb_build_object('id', p_id)), p_digest);
    IF v_existing IS NOT NULL THEN
      RETURN v_existing;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'NS001', MESSAGE = 'wrong expected revision',
      DETAIL = coalesce(v_head::text, 'no_stream');
  END IF;

  v_head := coalesce(v_head, -1) + 1;
  v_previous := v_hash;
  v_hash := encode(sha256(convert_to(coalesce(v_hash, '') || E'\\n' || v_head::text || E'\\n' || p_digest, 'UTF8')), 'hex');
  INSERT INTO nsf_events (event_id, stream_id, revision, event_type, schema_version, tenant_id, occurred_at,
                          actor, reason, command_id, correlation_id, causation_id, data, metadata,
                          previous_hash, hash)
  VALUES (p_id, p_stream, v_head, p_type, p_schema_version, p_tenant_id, p_occurred_at, p_actor, p_reason,
          p_command_id, p_correlation_id, p_causation_id, p_data, p_metadata, v_previous, v_hash)
  RETURNING global_position INTO v_position;
  RETURN jsonb_build_object('revision', v_head, 'positions', jsonb_build_array(v_position), 'hashes', jsonb_build_array(v_hash));
END
$fn$`;

/**
 * After a unique violation (a concurrent writer got there first): the original rows if this very
 * batch is what got there, else the stream's head now ({"head": null} when there is no stream).
 */
const RESOLVE_APPEND = `
CREATE FUNCTION nsf_resolve_append(p_stream text, p_events jsonb, p_digests text) RETURNS jsonb
LANGUAGE plpgsql AS $fn$
DECLARE
  v_rows jsonb := nsf_find_appended(p_stream, p_events, p_digests);
  v_head bigint;
BEGIN
  IF v_rows IS NOT NULL THEN
    RETURN jsonb_build_object('appended', v_rows);
  END IF;
  SELECT s.revision INTO v_head FROM nsf_events s WHERE s.stream_id = p_stream ORDER BY s.revision DESC LIMIT 1;
  RETURN jsonb_build_object('head', v_head);
END
$fn$`;

export const eventStoreMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'event log, append-only guard, append functions',
    statements: [
      EVENTS_TABLE,
      COMMIT_ORDER_INDEX,
      APPEND_ONLY_GUARD,
      APPEND_ONLY_ROWS,
      APPEND_ONLY_TRUNCATE,
      FIND_APPENDED,
      APPEND_EVENTS,
      APPEND_EVENT,
      RESOLVE_APPEND,
    ],
  },
];
