-- Spring Modulith's event publication registry (schema v2): an event to another module is stored in the
-- transaction that publishes it and marked complete when its listener succeeds; incomplete publications are
-- delivered again on the next start.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
create index event_publication_by_listener_and_event_idx on event_publication (listener_id, serialized_event);
