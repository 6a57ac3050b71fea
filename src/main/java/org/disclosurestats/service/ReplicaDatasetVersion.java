package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.disclosurestats.repository.DatasetVersionRepository;
import org.disclosurestats.repository.ReadRouting;

/**
 * The dataset version as a replica's data stands. A hot standby hears no NOTIFY, so the version is
 * read from the standby itself: its replayed WAL position first, then the revision count in a later
 * snapshot. While the position stays the same nothing new is visible there, so the count held for it
 * is exact; once the position moves the count is read again. The version therefore never runs ahead of
 * the data read after it, and a client's old ETag stops matching as soon as the new revision is
 * visible on the replica (no stale 304). One small query per request; the count only after a change.
 */
@ApplicationScoped
public class ReplicaDatasetVersion {

    @Inject
    ReadRouting routing;

    private record Held(long position, DatasetVersionRepository.Revisions revisions) {
    }

    private volatile Held held;

    public DatasetVersionRepository.Revisions current() throws SQLException {
        try (Connection c = routing.replicaConnection()) {
            long[] position = DatasetVersionRepository.walPosition(c);
            Held h = held;
            if (h != null && h.position() == position[1]) {
                return h.revisions();
            }
            DatasetVersionRepository.Revisions revisions = DatasetVersionRepository.visibleRevisions(c);
            // On a primary (a "replica" that is the primary itself) a commit can become visible after its
            // WAL is written, so a count is held only for a standby, where replay makes it visible first.
            if (position[0] == 1) {
                held = new Held(position[1], revisions);
            }
            return revisions;
        }
    }
}
