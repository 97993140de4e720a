-- The audit log is append-only for the application's own database role: UPDATE, DELETE and TRUNCATE of audit rows
-- are refused, except what the retention purge removes: entries older than one year (the PIPA minimum; the purge
-- keeps them for jiwon.audit.retention, two years by default) and then their seals, once the purge is recorded. A separate role without UPDATE/DELETE grants is stronger still: see
-- docs/security.md.
create function audit_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if tg_table_name = 'audit_event' then
            if old.at < now() - interval '365 days' then
                return old;
            end if;
        elsif tg_table_name = 'audit_seal' then
            -- a seal goes only after its entry, within a purge already recorded (audit_purge is append-only)
            if old.seq <= (select coalesce(max(up_to_seq), 0) from audit_purge)
                    and not exists (select 1 from audit_event where id = old.event_id) then
                return old;
            end if;
        end if;
    end if;
    raise exception 'the audit log is append-only: % on % refused', tg_op, tg_table_name using errcode = '42501';
end
$$;

create function audit_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: TRUNCATE on % refused', tg_table_name using errcode = '42501';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_append_only();
create trigger audit_seal_append_only before update or delete on audit_seal
    for each row execute function audit_append_only();
create trigger audit_purge_append_only before update or delete on audit_purge
    for each row execute function audit_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_no_truncate();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function audit_no_truncate();
create trigger audit_purge_no_truncate before truncate on audit_purge
    for each statement execute function audit_no_truncate();
