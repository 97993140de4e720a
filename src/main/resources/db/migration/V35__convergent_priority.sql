-- A call may give priority to convergent (융합형) projects — as 소부장 심화기술지원 does for R&D answering advanced
-- technologies such as micro-OLED, beside 범용기술 in its priority fields (zdnet / 더팩트 / 연합뉴스 2023-02-20).
alter table funding_call add column elig_prioritizes_convergent boolean default false not null;
