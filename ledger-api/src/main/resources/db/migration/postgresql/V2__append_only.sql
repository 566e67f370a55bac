-- The ledger is append-only in the database itself: no UPDATE, DELETE or TRUNCATE of an event or of its link
-- in the chain, whoever asks. The head may only move forward. (A superuser can still disable triggers; the
-- hash chain is what makes such tampering visible. See docs/security.md.)

CREATE FUNCTION ledger_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER domain_event_entry_append_only
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_chain_append_only
    BEFORE UPDATE OR DELETE ON ledger_chain
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_chain_no_truncate
    BEFORE TRUNCATE ON ledger_chain
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_head_no_delete
    BEFORE DELETE ON ledger_head
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_head_no_truncate
    BEFORE TRUNCATE ON ledger_head
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

CREATE FUNCTION ledger_head_forward_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.position < OLD.position OR NEW.global_index < OLD.global_index THEN
        RAISE EXCEPTION 'the ledger head only moves forward (from % to %)', OLD.position, NEW.position
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER ledger_head_forward_only
    BEFORE UPDATE ON ledger_head
    FOR EACH ROW EXECUTE FUNCTION ledger_head_forward_only();
