-- Notices about a project linked to /my/projects/{id}, which no page serves (the project page is /projects/{id}
-- for its company, its institutes and officers); the links already stored are mended.
update notification set link = '/projects/' || substr(link, 14) where link like '/my/projects/%';
