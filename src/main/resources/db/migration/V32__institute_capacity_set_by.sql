-- An institute's capacity (동시 수행 가능 과제 수) is an assumption of ours (the default) until someone of the institute
-- or the office sets it: who and when are kept, and pages label the assumed ones.
alter table research_institute add column capacity_set_by varchar(100);
alter table research_institute add column capacity_set_at timestamp with time zone;
