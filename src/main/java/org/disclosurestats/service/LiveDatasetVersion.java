package org.disclosurestats.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.disclosurestats.repository.DatasetChangeFeed;
import org.disclosurestats.repository.DatasetVersionRepository;
import org.disclosurestats.repository.ReadRouting;
import org.jboss.logging.Logger;

/**
 * The current dataset version, held in memory so that reads (and every 304) need no query for it.
 * It is forgotten, and read again on the next request, whenever it may have changed: when this
 * instance commits a write, and when PostgreSQL notifies a commit by any instance. While the feed is
 * down nothing is held, and every request reads the version from the database as before. A commit
 * also sends this instance's reads to the primary until a replica has replayed it (ReadRouting).
 */
@ApplicationScoped
public class LiveDatasetVersion {

    private static final Logger LOG = Logger.getLogger(LiveDatasetVersion.class);
    private static final Duration LIVENESS_CHECK = Duration.ofSeconds(5);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    /**
     * A held version is read again after this long even without a notice: a safety net for notices
     * that never arrive (a pooler in transaction mode between the service and PostgreSQL swallows
     * LISTEN). Answers are cacheable for 60 s anyway; this bounds staleness far below that.
     */
    private static final long MAX_HOLD_NANOS = Duration.ofSeconds(5).toNanos();

    @Inject
    DatasetVersionRepository repository;
    @Inject
    DatasetChangeFeed feed;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    ReadRouting routing;

    /** What is held, and since when; null when nothing is. */
    private volatile Held held;

    private record Held(DatasetVersionRepository.Revisions revisions, long since) {
    }
    /** Counts the moments the held value may have gone stale; a read taken before one is never held. */
    private final AtomicLong changes = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean running = true;
    private Thread follower;

    void start(@Observes @Priority(30) StartupEvent start) {
        follower = new Thread(this::follow, "dataset-change-feed");
        follower.setDaemon(true);
        follower.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        if (follower != null) {
            follower.interrupt();
        }
    }

    /** The visible revisions now: held, or read (and held if nothing changed meanwhile). */
    public DatasetVersionRepository.Revisions current() {
        Held h = held;
        if (h != null && System.nanoTime() - h.since() < MAX_HOLD_NANOS) {
            return h.revisions();
        }
        long before = changes.get();
        long readAt = System.nanoTime();
        DatasetVersionRepository.Revisions value = QuarkusTransaction.joiningExisting().call(repository::visibleRevisions);
        synchronized (this) {
            if (listening && changes.get() == before) {
                held = new Held(value, readAt);
            }
        }
        return value;
    }

    /** Whether a version is held, so that reads query nothing for it. */
    boolean holdsVersion() {
        return held != null;
    }

    /**
     * Called by the write path inside its transaction: once it commits, the held version is
     * forgotten, so this instance's next read (the writer's own, say) sees the write at once, before
     * the notice even arrives.
     */
    public void changesOnCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    forget();
                    routing.localWriteCommitted();
                }
            }
        });
    }

    private synchronized void forget() {
        changes.incrementAndGet();
        held = null;
    }

    private void follow() {
        while (running) {
            try (DatasetChangeFeed.Subscription subscription = feed.subscribe()) {
                // Whatever was committed before the subscription is read on the next request.
                synchronized (this) {
                    listening = true;
                    forget();
                }
                LOG.debug("Following dataset changes");
                while (running) {
                    if (subscription.awaitChange(LIVENESS_CHECK)) {
                        forget();
                    }
                }
            } catch (Exception e) {
                synchronized (this) {
                    listening = false;
                    forget();
                }
                if (running) {
                    LOG.warnf("Dataset change feed lost (%s); every read queries the version until it is back", e.getMessage());
                    sleep(RETRY_AFTER);
                }
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
