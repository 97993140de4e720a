-- Mail a person asked for (saved-search alerts) says where to stop it in its List-Unsubscribe header (RFC 2369,
-- RFC 8058 one-click): the address is kept with the message, as the message's body carries it.
alter table notification add column unsubscribe_url varchar(300);
