-- 반납: what a company paid back of the amount its settlement asked it to return (정산 반납액), each receipt as the
-- officer recorded it from the agency's account. A project owes nothing more once the receipts add up to it.
create table project_repayment (
    project_id  bigint       not null references project (id),
    position    int          not null,
    paid_on     date         not null,
    amount      bigint       not null check (amount > 0),
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    primary key (project_id, position)
);
