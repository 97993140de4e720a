-- 협약 해약: an agreement ended before its period by the agency (the company asked to stop, went bankrupt or closed,
-- breached the agreement, or the project cannot reach its goals). The project is settled as of the termination date;
-- spending after it is not recognised. All three are null for a project that was not terminated.
alter table project add column termination_on date;
alter table project add column termination_kind varchar(30);
alter table project add column termination_reason varchar(1000);
