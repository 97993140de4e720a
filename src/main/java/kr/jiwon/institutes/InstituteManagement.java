package kr.jiwon.institutes;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of research institutes. */
@Service
@Transactional(readOnly = true)
public class InstituteManagement {

    private final Institutes institutes;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    InstituteManagement(Institutes institutes, Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.institutes = institutes;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public ResearchInstitute register(NewInstitute cmd) {
        cmd.validate();
        if (institutes.findByShortName(cmd.shortName().strip()).isPresent()) {
            throw InvalidInputException.of("shortName", "institute.duplicate", cmd.shortName());
        }
        ResearchInstitute saved = institutes.save(ResearchInstitute.register(cmd, clock.instant()));
        events.publishEvent(new InstituteProfileChanged(saved.shortName()));
        return saved;
    }

    /**
     * An institute's coordinator (or an officer), {@code by}, rewrites its capability profile; its capacity then
     * counts as set (no longer the default assumption).
     */
    @Transactional
    public ResearchInstitute editProfile(long instituteId, ProfileEdit edit, String by) {
        edit.validate();
        ResearchInstitute i = institutes.findById(instituteId)
                .orElseThrow(() -> new NotFoundException("institute.notFound", instituteId));
        i.editProfile(edit, by, clock.instant());
        ResearchInstitute saved = institutes.save(i);
        events.publishEvent(new InstituteProfileChanged(saved.shortName()));
        return saved;
    }

    /**
     * Sets how many of a call's requests the institute takes at once (0–1000), by its coordinator or an officer
     * ({@code by}); from then on the capacity is theirs, no longer the default assumption.
     */
    @Transactional
    public ResearchInstitute setCapacity(String idOrShortName, Integer capacity, String by) {
        if (capacity == null || capacity < 0 || capacity > 1000) {
            throw kr.jiwon.shared.InvalidInputException.of("capacity", "institute.capacity.invalid");
        }
        ResearchInstitute i = institute(idOrShortName);
        i.setCapacity(capacity, by, clock.instant());
        ResearchInstitute saved = institutes.save(i);
        events.publishEvent(new InstituteProfileChanged(saved.shortName()));
        return saved;
    }

    /** Fills the empty parts of an existing institute's profile from the seed. */
    @Transactional
    public void completeProfile(NewInstitute seed) {
        institutes.findByShortName(seed.shortName()).ifPresent(i -> {
            boolean incomplete = i.fields().isEmpty() || i.technologies() == null || i.equipment() == null
                    || i.expertise() == null;
            if (incomplete) {
                i.completeFrom(seed);
                institutes.save(i);
            }
        });
    }

    /** Each institute's capacity by short name: one light query, for what runs on every submission. */
    public java.util.Map<String, Integer> capacities() {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        jdbc.query("select short_name, capacity from research_institute", rs -> {
            out.put(rs.getString(1), rs.getInt(2));
        });
        return out;
    }

    public List<ResearchInstitute> all() {
        return institutes.findAll(Sort.by("id"));
    }

    public Optional<ResearchInstitute> find(String shortName) {
        return institutes.findByShortName(shortName);
    }

    public ResearchInstitute institute(String idOrShortName) {
        Optional<ResearchInstitute> found = idOrShortName.matches("\\d{1,18}")
                ? institutes.findById(Long.parseLong(idOrShortName))
                : institutes.findByShortName(idOrShortName);
        return found.orElseThrow(() -> new NotFoundException("institute.notFound", idOrShortName));
    }

    public long count() {
        return institutes.count();
    }
}
