-- the outbox: a message is claimed by one sender at a time (so several instances send it once) and a failed one is
-- tried again later and later, never given up (officers see what is failing)
alter table notification add column next_attempt_at timestamp with time zone;
alter table notification add column claimed_until timestamp with time zone;
create index notification_due_idx on notification (sent_at, next_attempt_at);
