package org.disclosurestats.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL: binaries from a Maven artifact (zonky), unpacked once under the temporary directory, one
 * data directory per use (tests: under target/, dev mode: the user's cache), kept between runs. It runs as long as the
 * JVM that started it: a shutdown hook stops it.
 *
 * <p>Only this class touches the zonky library, so nothing loads it unless an embedded server is actually wanted
 * (the packaged service does not even carry it).
 */
final class EmbeddedPostgresServer {

    /** System property (JVM-wide, so it survives dev mode's class reloading) holding the URL of the started server. */
    private static final String STARTED = "disclosure.devdb.embedded-url:";

    private EmbeddedPostgresServer() {
    }

    /** Empty when an embedded PostgreSQL can run in this process; else why not, and what to do instead. */
    static Optional<String> blocker() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false,
                    EmbeddedPostgresServer.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.of("the embedded PostgreSQL is not on the class path: set DB_URL");
        }
        // initdb refuses to run as root. As root, zonky runs initdb and the server in a user namespace of their own
        // (unshare -U), where they are an unprivileged user owning the data directory; without that, nothing works.
        if (isRoot() && !LinuxUtils.isUnshareAvailable()) {
            return Optional.of("this process runs as root, where initdb refuses to run and user namespaces "
                    + "(unshare -U) are unavailable: run as a non-root user, start PostgreSQL on 127.0.0.1:5432, "
                    + "or set DB_URL");
        }
        return Optional.empty();
    }

    private static boolean isRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    /** Starts the server on this data directory, or finds the one this JVM already started; its JDBC URL. */
    static synchronized String start(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        String key = STARTED + data;
        String running = System.getProperty(key);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(data);
            stopOrphan(data);
            Path log = data.resolveSibling(data.getFileName() + ".log");
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
            System.setProperty(key, url);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data
                    + " (its output is in " + data.getFileName() + ".log beside it)", e);
        }
    }

    /**
     * A server left running on this data directory by a JVM that was killed would keep the next one from starting.
     * The data directory's lock tells a live owner (another dev mode or test run: left alone) from a dead one.
     */
    private static void stopOrphan(Path data) throws IOException {
        Path lockFile = data.resolve("epg-lock");
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(lockFile) || !Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another running process uses the embedded PostgreSQL in " + data
                        + ": stop it, or give this one its own directory (disclosure.devdb.data-dir)");
            }
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid).filter(p -> p.info().command()
                .map(c -> c.endsWith("/postgres")).orElse(false));
        if (orphan.isPresent()) {
            // SIGTERM: PostgreSQL's smart shutdown, quick with no clients left.
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop the PostgreSQL (pid " + pid + ") left running in "
                        + data, e);
            }
        }
    }
}
