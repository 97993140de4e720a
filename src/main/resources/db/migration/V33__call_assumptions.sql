-- What of a call is illustrative or assumed rather than taken from a published notice: for officers only, never
-- shown on public pages.
alter table funding_call add column assumptions varchar(2000);
