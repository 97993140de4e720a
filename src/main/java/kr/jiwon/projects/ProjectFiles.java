package kr.jiwon.projects;

import org.springframework.data.repository.ListCrudRepository;

interface ProjectFiles extends ListCrudRepository<ProjectFile, Long> {
}
