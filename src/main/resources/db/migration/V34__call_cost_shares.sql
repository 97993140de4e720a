-- How a call's projects are paid for when funders share the total cost (총사업비): each funder's percentage, one of
-- them the applying company's own part (e.g. 삼성 30 / 도 15 / 시군 15 / 기업 40 %, 경남 2024). The company's part
-- may be paid in cash or in kind: an application keeps how much of it is cash.
create table call_cost_share (
    call_id  bigint       not null references funding_call (id) on delete cascade,
    position integer      not null,
    funder   varchar(100) not null,
    percent  integer      not null check (percent between 1 and 100),
    company  boolean      not null default false,
    primary key (call_id, position)
);
alter table application add column own_cash bigint check (own_cash >= 0);
