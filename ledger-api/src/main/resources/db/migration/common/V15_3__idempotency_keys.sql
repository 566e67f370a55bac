-- Idempotency-Key (IETF httpapi draft): a POST sent again with the same key by the same principal is answered
-- with the answer it first had, and nothing is recorded again. Kept with the ledger, so a retry on a restarted
-- service is recognised too; rows older than two days are removed. status is NULL while the first request runs.
CREATE TABLE idempotency_key (
    principal     VARCHAR(255)             NOT NULL,
    idem_key      VARCHAR(255)             NOT NULL,
    request_hash  BYTEA                    NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(255),
    location      VARCHAR(2000),
    body          BYTEA,
    PRIMARY KEY (principal, idem_key)
);
