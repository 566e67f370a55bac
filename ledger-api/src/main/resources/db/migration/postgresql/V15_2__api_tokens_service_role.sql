-- The service issues tokens (INSERT), lists and checks them (SELECT) and revokes them (UPDATE of revoked_at and
-- revoked_by only); it never deletes one. See V3__service_role.sql for why the service may run as its own role.
DO
$$
DECLARE
    service_role text := '${serviceRole}';
BEGIN
    IF service_role <> '' AND service_role <> current_user THEN
        EXECUTE format('GRANT SELECT, INSERT ON api_token TO %I', service_role);
        EXECUTE format('GRANT UPDATE (revoked_at, revoked_by) ON api_token TO %I', service_role);
    END IF;
END
$$;
