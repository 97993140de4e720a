-- The final report's file as the panel opens it (a link into the project's reports, checked for panel members).
alter table final_review add column document_link varchar(300);
