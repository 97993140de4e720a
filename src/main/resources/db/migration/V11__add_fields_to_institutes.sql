-- The taxonomy an institute covers (소부장 fields and 뿌리기술), for matching requests to institutes.
alter table research_institute add column fields varchar(1000) not null default '';
