-- The service records, completes, takes over and removes expired idempotency keys; they are not part of the
-- ledger. See V3__service_role.sql for why the service may run as its own role.
DO
$$
DECLARE
    service_role text := '${serviceRole}';
BEGIN
    IF service_role <> '' AND service_role <> current_user THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_key TO %I', service_role);
    END IF;
END
$$;
