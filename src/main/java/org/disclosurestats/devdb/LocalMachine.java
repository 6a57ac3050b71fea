package org.disclosurestats.devdb;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** The real answers to {@link DatabaseChoice.Machine}: probes of this machine, and the embedded server. */
final class LocalMachine implements DatabaseChoice.Machine {

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final Path dataDirectory;

    LocalMachine(String host, int port, String user, String password, Path dataDirectory) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public Optional<String> localPostgresRefusal() {
        // A closed port answers at once; the short timeout only bounds a filtered one.
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
        } catch (IOException e) {
            return Optional.of("nothing answers on " + host + ":" + port);
        }
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "2");
        props.setProperty("loginTimeout", "3");
        try (Connection ignored = new org.postgresql.Driver()
                .connect("jdbc:postgresql://" + host + ":" + port + "/postgres", props)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("the server on " + host + ":" + port + " refuses user " + user + " ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    @Override
    public Optional<String> containerEngine() {
        String dockerHost = System.getenv("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return Optional.of(dockerHost + " (DOCKER_HOST)");
        }
        // The sockets Docker, Docker Desktop and Podman listen on. A socket file left by a stopped engine does not
        // count: only one that accepts a connection.
        String home = System.getProperty("user.home");
        List<Path> sockets = new ArrayList<>(List.of(Path.of("/var/run/docker.sock"),
                Path.of(home, ".docker", "run", "docker.sock"), Path.of(home, ".docker", "desktop", "docker.sock"),
                Path.of("/run/podman/podman.sock")));
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        if (runtimeDir != null && !runtimeDir.isBlank()) {
            sockets.add(Path.of(runtimeDir, "podman", "podman.sock"));
            sockets.add(Path.of(runtimeDir, "docker.sock"));
        }
        for (Path socket : sockets) {
            if (Files.exists(socket) && accepts(socket)) {
                return Optional.of(socket.toString());
            }
        }
        return Optional.empty();
    }

    private static boolean accepts(Path socket) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    public Optional<String> embeddedBlocker() {
        return EmbeddedPostgresServer.blocker();
    }

    @Override
    public String startEmbedded() {
        return EmbeddedPostgresServer.start(dataDirectory);
    }
}
