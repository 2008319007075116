package org.respnet.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * The Neo4j server inside the application, started on a thread of its own the moment the driver is configured:
 * its store recovery, Bolt and the first Cypher compilation then overlap the rest of the application's start-up
 * instead of preceding it. The Bolt port is chosen before the server starts, so the driver can be built at once
 * (it connects on first use); this lifecycle, first of all to start, waits for the server, so nothing queries it
 * before it is ready and a server that cannot start stops the application's start.
 */
final class EmbeddedNeo4j implements SmartLifecycle, DisposableBean {

    static final String LOOPBACK = "127.0.0.1";
    static final String USER = "neo4j";
    /** Beside the store: the hash of the password last given to the {@code neo4j} user, so it is not set again. */
    private static final String PASSWORD_APPLIED = "neo4j-password.applied";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final EmbeddedNeo4jProperties properties;
    private final Neo4jPassword password;
    private final int port;
    private final long requested = System.nanoTime();
    private final CompletableFuture<DatabaseManagementService> server;
    private volatile boolean running;

    EmbeddedNeo4j(EmbeddedNeo4jProperties properties, Neo4jPassword password) {
        this.properties = properties;
        this.password = password;
        this.port = properties.boltClients() && properties.boltPort() != 0 ? properties.boltPort() : freePort();
        this.server = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                server.complete(startServer());
            } catch (Throwable e) {
                server.completeExceptionally(e);
            }
        }, "neo4j-start");
        starter.setDaemon(true);
        starter.start();
    }

    int boltPort() {
        return port;
    }

    /**
     * Neo4j's logs (under the data directory) readable by the owner only: the directory is made
     * {@code rwx------} before the server writes into it, so files it adds later (rotated logs) are
     * covered too, and files already there lose group and other permissions.
     */
    private void ownerOnlyLogs() {
        Path logs = properties.dataDir().toAbsolutePath().resolve("logs");
        try {
            Files.createDirectories(logs);
            if (!Files.getFileStore(logs).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return;
            }
            Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwx------"));
            try (var files = Files.list(logs)) {
                for (Path file : files.toList()) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                            Files.isDirectory(file) ? "rwx------" : "rw-------"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + logs + " readable by its owner only", e);
        }
    }

    /** The running server; waits for it to finish starting, rethrows why it could not. */
    DatabaseManagementService await() {
        try {
            return server.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("the embedded Neo4j server did not start", e.getCause());
        }
    }

    private DatabaseManagementService startServer() {
        ownerOnlyLogs();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(properties.dataDir().toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Any local web page can open Bolt's WebSocket and send wrong passwords: with Neo4j's lockout
                // (3 failures lock the user) a stranger could lock the application out of its own store. The
                // password is generated (20+ random characters), so guessing gains nothing and needs no lock.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                // A supervision office's server sends nothing about itself to Neo4j (and starts without the collector).
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Extensions (plugins) other than these are not loaded; built-in procedures are not
                // affected by this setting, so the console checks every procedure call itself.
                .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of("db.*"))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                // Even a read query could LOAD CSV FROM 'file:///…'; the console refuses it, and so does the server.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // A runaway console query fails on its own instead of exhausting the application's heap.
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, properties.transactionMemoryMax().toBytes())
                // debug.log would otherwise start with the JVM's command line and system properties, where
                // an admin password or the bcrypt hashes of logins given as arguments stand in clear.
                .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
                .build();
        try {
            givePassword(service);
            // The first Cypher statement compiles the planner; here, not in the first request.
            service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        long millis = Duration.ofNanos(System.nanoTime() - requested).toMillis();
        if (properties.boltClients()) {
            log.info("Embedded Neo4j started in {} ms, store {}, Bolt bolt://{}:{} (user {}, password in {})", millis,
                    properties.dataDir().toAbsolutePath(), LOOPBACK, port, USER, properties.passwordFile().toAbsolutePath());
        } else {
            log.info("Embedded Neo4j started in {} ms, store {}; Bolt for this process only", millis,
                    properties.dataDir().toAbsolutePath());
        }
        return service;
    }

    /**
     * Gives the store's {@code neo4j} user the password, through the system database (set-up only; every query of
     * the application goes through the driver). A kept password already given to this store is not set again.
     */
    private void givePassword(DatabaseManagementService service) {
        Path applied = properties.dataDir().toAbsolutePath().resolve(PASSWORD_APPLIED);
        String hash = sha256(password.value());
        try {
            if (properties.boltClients() && Files.exists(applied) && Files.readString(applied).strip().equals(hash)) {
                return;
            }
            try {
                service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", password.value()));
            } catch (QueryExecutionException e) {
                if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) {
                    throw e;
                }
            }
            if (properties.boltClients()) {
                Accounts.writeOwnerOnly(applied, hash);
            } else {
                Files.deleteIfExists(applied);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record that the Neo4j password was set in " + applied, e);
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A port free on loopback now; the server binds it a moment later. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback for Bolt", e);
        }
    }

    @Override
    public void start() {
        await();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before anything else that starts, so nothing queries a server still starting. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    @Override
    public void destroy() {
        try {
            await().shutdown();
        } catch (RuntimeException notStarted) {
            log.debug("Embedded Neo4j was not running at shutdown", notStarted);
        }
    }
}
