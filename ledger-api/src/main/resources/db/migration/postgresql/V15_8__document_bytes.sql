-- The bytes of documents the ledger's decisions carry (protokollsutdrag, domar, reglementen), kept under their
-- SHA-256, written once: the service inserts and reads rows, never changes or removes one, and neither may
-- anyone else without setting the triggers aside (which only the owner can). Every read hashes the bytes again.
-- See docs/documents.md.
CREATE TABLE document_bytes (
    sha256     CHAR(64)                 PRIMARY KEY,
    media_type VARCHAR(255)             NOT NULL,
    size       BIGINT                   NOT NULL,
    bytes      BYTEA                    NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TRIGGER document_bytes_write_once
    BEFORE UPDATE OR DELETE ON document_bytes
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER document_bytes_no_truncate
    BEFORE TRUNCATE ON document_bytes
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

DO
$$
DECLARE
    service_role text := '${serviceRole}';
BEGIN
    IF service_role <> '' AND service_role <> current_user THEN
        EXECUTE format('GRANT SELECT, INSERT ON document_bytes TO %I', service_role);
    END IF;
END
$$;
