-- A call may accept, for a few minutes after the close, submissions whose upload began before it (grace), and may
-- demand a company contribution of at least a share of the requested amount.
alter table funding_call add column grace_minutes integer not null default 0;
alter table funding_call add column min_own_contribution_percent integer;
