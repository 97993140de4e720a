-- A call's life goes on after the close: CLOSED (요건검토), UNDER_REVIEW (평가), ANNOUNCED (선정 발표, 이의신청 기간),
-- FINALIZED (결과 확정). An officer may close a call before its window ends (조기 마감); when is kept.
alter table funding_call add column closed_early_at timestamp with time zone;
