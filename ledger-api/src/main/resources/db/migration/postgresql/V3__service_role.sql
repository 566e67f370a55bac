-- The service's database role needs to read, to append events and their links in the chain, and to move the
-- head forward; it needs no other right. When migrations run as the schema's owner and the service as its own
-- role (LEDGER_DB_MIGRATION_USER vs LEDGER_DB_USER), these are all the rights that role gets: it can neither
-- change an event nor set the append-only triggers aside, since only an owner can. When both are one role,
-- this grants nothing new.
DO
$$
DECLARE
    service_role text := '${serviceRole}';
BEGIN
    IF service_role <> '' AND service_role <> current_user THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), service_role);
        EXECUTE format('GRANT SELECT, INSERT ON domain_event_entry, ledger_chain, snapshot_event_entry TO %I',
                       service_role);
        EXECUTE format('GRANT SELECT, UPDATE ON ledger_head TO %I', service_role);
        EXECUTE format('GRANT SELECT ON flyway_schema_history TO %I', service_role);
        EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), service_role);
    END IF;
END
$$;
