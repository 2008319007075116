package org.respnet.documents;

import org.respnet.graph.CypherQueries;
import org.respnet.graph.Parameters;
import org.respnet.graph.NamedQuery;
import org.respnet.graph.GraphSchema;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * At start-up: apply the schema, then import the bundled documents into an empty database. Runs
 * as an early lifecycle phase, before the web server opens its port, so the first answer anyone
 * gets already counts every bundled document.
 */
@Component
class StartupImport implements SmartLifecycle {

    static final NamedQuery<Parameters.None> DOCUMENT_COUNT = NamedQuery.of("document-count", Parameters.None.class);

    /** Before the web server, which starts in a phase near {@link SmartLifecycle#DEFAULT_PHASE}. */
    private static final int PHASE = 0;

    private static final Logger log = LoggerFactory.getLogger(StartupImport.class);

    private final GraphSchema schema;
    private final DocumentService documents;
    private final ImportFolder folder;
    private final ImportFolderProperties properties;
    private final Driver driver;
    private final CypherQueries queries;

    StartupImport(GraphSchema schema, DocumentService documents, ImportFolder folder,
            ImportFolderProperties properties, Driver driver, CypherQueries queries) {
        this.schema = schema;
        this.documents = documents;
        this.folder = folder;
        this.properties = properties;
        this.driver = driver;
        this.queries = queries;
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
        try {
            importBundledDocuments();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the import folder", e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void importBundledDocuments() throws IOException {
        schema.apply();
        if (!properties.importOnStart() || documentCount() > 0) {
            return;
        }
        for (Resource resource : folder.documents()) {
            try {
                ImportReport report = documents.importResource(resource);
                log.info("Imported {} ({}): {} tasks, {} units, {} leaders in {} ms; units not in units.csv: {}",
                        resource.getFilename(), report.kind(), report.tasks(), report.units(), report.leaders(),
                        report.millis(), report.unlistedUnits());
            } catch (DocumentRejectedException e) {
                log.error("Not imported: {}", e.getMessage());
            }
        }
    }

    private long documentCount() {
        try (var session = driver.session()) {
            return session.run(queries.query(DOCUMENT_COUNT, new Parameters.None())).single().get("documents").asLong();
        }
    }
}
