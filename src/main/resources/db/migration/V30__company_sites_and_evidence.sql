-- A company's profile as its own users keep it: the plant (사업장 소재지) apart from the head office — the
-- 인구감소지역 test reads the plant — and evidence for the statuses calls ask for: the 소부장 전문기업 and 뿌리기업
-- 확인서 numbers, and the 스마트공장 수준확인 level (1–5) with its 확인서 number. A status without evidence is the
-- company's own declaration only.
alter table company add column plant_region_code varchar(5);
alter table company add column sobujang_certificate varchar(60);
alter table company add column root_certificate varchar(60);
alter table company add column smart_factory_level integer check (smart_factory_level between 1 and 5);
alter table company add column smart_factory_certificate varchar(60);
alter table company add column updated_at timestamp with time zone;
alter table company add column updated_by varchar(100);
