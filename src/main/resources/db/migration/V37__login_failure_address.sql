-- Wrong passwords are counted per account and client address, so that someone guessing from one place locks out that
-- place only, never the owner signing in from their own (ASVS V2.2.1); and per address across accounts, against
-- credential stuffing.
alter table login_failure add column address varchar(64) default '' not null;
create index login_failure_address_idx on login_failure (address, failed_at);
