-- The raw submission transaction the deadline rush is compared with (pgbench, same PostgreSQL, same window):
-- one application row and one audit row in one transaction, committed with the server's durability setting.
\set k random(1, 1000000000)
BEGIN;
INSERT INTO raw_application (company_id, call_id, title, bottleneck, requested_amount, status, submitted_at)
  VALUES (:k, 1, '공정 불량 개선', '다이캐스팅 부품의 기공 불량률이 높아 원인 분석과 공정 개선이 필요합니다', 40000000, 'SUBMITTED', now());
INSERT INTO raw_audit (actor, action, target, at) VALUES ('bench', 'SUBMIT', :k, now());
END;
