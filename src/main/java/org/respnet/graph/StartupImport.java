package org.respnet.graph;

import java.io.IOException;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** At start-up: apply the schema, then import the bundled documents into an empty database. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupImport implements ApplicationRunner {

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

    @Override
    public void run(ApplicationArguments args) throws IOException {
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
            return session.run(queries.get("document-count")).single().get("documents").asLong();
        }
    }
}
