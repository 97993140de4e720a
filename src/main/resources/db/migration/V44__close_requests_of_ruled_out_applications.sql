-- Requests still awaiting an institute's answer for applications already found ineligible or not selected end, as
-- the platform now ends them at the decision (their institutes were not told at the time; nothing is owed by them).
update match_offer
   set status = 'CLOSED', responded_at = current_timestamp, responder = 'system',
       reason = '신청이 더 진행되지 않아 요청을 종료했습니다.'
 where status = 'OFFERED'
   and application_id in (select id from application where status in ('INELIGIBLE', 'NOT_SELECTED'));
