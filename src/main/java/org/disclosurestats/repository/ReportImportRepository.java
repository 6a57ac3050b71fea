package org.disclosurestats.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.disclosurestats.domain.ReportImport;

@ApplicationScoped
public class ReportImportRepository implements PanacheRepositoryBase<ReportImport, Long> {

    /** The first import of a document with these bytes, if any. */
    public Optional<ReportImport> firstWithHash(String sha256) {
        return find("textSha256 = ?1 order by id", sha256).firstResultOptional();
    }
}
