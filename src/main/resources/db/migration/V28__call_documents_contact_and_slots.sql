-- A call's notice as companies expect it (기업마당 style): the documents an application must carry, who answers
-- questions, and when the result is announced; each uploaded file may fill one of the call's named document slots.
alter table funding_call add column required_documents varchar(2000) default '' not null;
alter table funding_call add column contact_name varchar(100);
alter table funding_call add column contact_phone varchar(40);
alter table funding_call add column announce_on date;
alter table application_document add column slot varchar(200);
