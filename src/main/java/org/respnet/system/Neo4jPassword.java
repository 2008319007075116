package org.respnet.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The password of the embedded store's {@code neo4j} user. Bolt's driver needs it in plain text, so
 * it cannot be kept as a hash like the admin's: with outside Bolt clients allowed it is generated on
 * first start and kept in a file only its owner may read ({@code neo4j-password} in the data
 * directory), where Neo4j Browser and cypher-shell users read it; without them it is generated anew at
 * every start and never written (and a file left from earlier is deleted).
 */
public final class Neo4jPassword {

    private final String value;

    static final int MINIMUM_LENGTH = 16;

    private Neo4jPassword(String value) {
        this.value = value;
    }

    static Neo4jPassword of(Path file, boolean keep) {
        Path path = file.toAbsolutePath();
        try {
            if (!keep) {
                Files.deleteIfExists(path);
                return new Neo4jPassword(Accounts.generatedPassword());
            }
            if (Files.exists(path)) {
                String kept = Files.readString(path, StandardCharsets.UTF_8).strip();
                // Bolt does not lock a user out after failed logins (EmbeddedNeo4j): the password alone resists guessing.
                if (kept.length() < MINIMUM_LENGTH) {
                    throw new IllegalStateException(path + " holds no usable password (" + MINIMUM_LENGTH
                            + " characters or more); delete it to generate a new one");
                }
                return new Neo4jPassword(kept);
            }
            String password = Accounts.generatedPassword();
            Files.createDirectories(path.getParent());
            Accounts.writeOwnerOnly(path, password);
            return new Neo4jPassword(password);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the Neo4j password in " + path, e);
        }
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "Neo4jPassword[hidden]";
    }
}
