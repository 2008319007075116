package org.respnet.graph;

import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/** Writes through the driver: an external server or cluster, or any store a test reaches by Bolt. */
public final class DriverGraphWrites implements GraphWrites {

    private final Driver driver;

    public DriverGraphWrites(Driver driver) {
        this.driver = driver;
    }

    @Override
    public <T> T write(Function<Statements, T> work) {
        try (Session session = session(driver)) {
            return session.executeWrite(tx -> work.apply(Statements.of(tx)));
        }
    }

    /**
     * A session on the executable-query bookmark manager, the one the read side uses, so a read after a write
     * sees it even on a cluster's read replica.
     */
    public static Session session(Driver driver) {
        return driver.session(SessionConfig.builder().withBookmarkManager(driver.executableQueryBookmarkManager())
                .build());
    }
}
