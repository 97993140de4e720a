-- The selection as the solver saw it, kept with the confirmed result so an auditor can solve it again:
-- the instance in the format of `java -jar jiwon.jar select --input` (docs/selection.md) and the solver's answer.
alter table selection_result add column instance_json text;
alter table selection_result add column result_json text;
