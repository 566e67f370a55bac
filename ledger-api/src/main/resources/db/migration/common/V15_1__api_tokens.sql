-- API tokens for REST clients. Only the SHA-256 of a token is kept: the token itself is shown once, when it is
-- issued, and cannot be recovered from here. Issuing and revoking name their principal and moment; a revoked
-- token stays listed. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
CREATE TABLE api_token (
    id          VARCHAR(32)              NOT NULL PRIMARY KEY,
    name        VARCHAR(200)             NOT NULL,
    role        VARCHAR(20)              NOT NULL,
    token_hash  BYTEA                    NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by   VARCHAR(255)             NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    revoked_by  VARCHAR(255)
);
