-- Documents kept in the database (jiwon.applications.document-store=database, the postgres profile's default), so
-- that every instance of the platform reads what any instance received.
create table document_blob (
    storage_key varchar(36) primary key,
    content     bytea       not null
);
