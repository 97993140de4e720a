-- An institute's acceptance of a request whose application was ruled out (요건 부적격, 미선정) stays on record — an
-- upheld objection may bring the application back — but no longer holds the institute's capacity for the call: the
-- researchers and equipment it set aside are free for other requests. Set and cleared with each decision.
alter table match_offer add column application_ruled_out boolean default false not null;
update match_offer
   set application_ruled_out = true
 where status = 'ACCEPTED'
   and application_id in (select id from application where status in ('INELIGIBLE', 'NOT_SELECTED'));
