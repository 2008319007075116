package org.respnet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.respnet.RespNetIntegrationTest;
import org.respnet.changes.ChangeSets;
import org.respnet.graph.CypherQueries;
import org.respnet.graph.GraphReader;
import tools.jackson.databind.json.JsonMapper;
import org.respnet.graph.DriverGraphWrites;
import org.respnet.graph.GraphVersion;
import org.respnet.graph.GraphWrites;
import org.respnet.ingest.NoticeParser;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 14: several documents share one transaction; when it fails, each is written in a transaction of its own,
 * so the bad one is rejected alone, nothing of it is written, and the others are in. Three real notices of the
 * corpus (src/test/resources/notices: 立山区 6 tasks, 蔡甸区 3, 繁昌区 2, counted by hand in expected.tsv).
 */
@RespNetIntegrationTest
// Adds three cities: a database of its own, so no other test sees them.
@TestPropertySource(properties = "spring.application.name=respnet-import-batch")
class ImportBatchIT {

    @Autowired
    DocumentImporter importer;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    Driver driver;

    @Autowired
    GraphWrites writes;

    @Autowired
    CypherQueries queries;

    @Autowired
    GraphVersion version;

    @Test
    void aDocumentThatFailsInASharedTransactionIsRejectedAloneAndTheOthersAreImported() throws IOException {
        ParsedDocument lishan = notice("lishan-2023");
        ParsedDocument caidian = notice("caidian-2023");
        ParsedDocument fanchang = notice("fanchang-2021");
        // A task already holding the id 蔡甸区's first task will get: its import breaks the unique constraint.
        String taken = ImportPlan.taskId(caidian.id(), caidian.tasks().getFirst());
        neo4j.query("CREATE (:Task {id: $id, city: 'elsewhere'})").bind(taken).to("id").run();

        List<DocumentImporter.Outcome> outcomes = importer.importDocuments(List.of(lishan, caidian, fanchang),
                ReferenceData.empty());

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0).report().tasks()).isEqualTo(6);
        assertThat(outcomes.get(0).report().alreadyImported()).isFalse();
        assertThat(outcomes.get(1).report()).isNull();
        assertThat(outcomes.get(1).failure()).isInstanceOf(ClientException.class)
                .hasMessageContaining(taken);
        assertThat(outcomes.get(2).report().tasks()).isEqualTo(2);
        assertThat(tasksOf(lishan)).isEqualTo(6);
        assertThat(tasksOf(fanchang)).isEqualTo(2);
        assertThat(count("MATCH (d:Document {id: $id}) RETURN count(d)", caidian.id())).isZero();
        assertThat(count("MATCH (u:Unit {city: $id}) RETURN count(u)", "蔡甸区")).isZero();

        // The same three again, now in one transaction that succeeds: the two present are recognised, nothing doubles.
        neo4j.query("MATCH (t:Task {id: $id}) DELETE t").bind(taken).to("id").run();
        List<DocumentImporter.Outcome> again = importer.importDocuments(List.of(lishan, caidian, fanchang),
                ReferenceData.empty());
        assertThat(again).extracting(o -> o.report().alreadyImported()).containsExactly(true, false, true);
        assertThat(tasksOf(caidian)).isEqualTo(3);
        assertThat(tasksOf(lishan)).isEqualTo(6);
    }

    @Test
    void laterDocumentsOfATransactionSeeWhatTheEarlierOnesWrote() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/notices/xianan-2023/notice.txt"));
        ParsedDocument notice = new NoticeParser().parse(text);
        // The next year's notice of the same district (the text with its year moved on): other tasks, the same units.
        // The notice names no city, so there is no city to keep its years apart by: both share one scope.
        assertThat(notice.city()).isNull();
        ParsedDocument nextYear = new NoticeParser().parse(text.replace("2023", "2024"));
        assertThat(nextYear.id()).isNotEqualTo(notice.id());

        List<DocumentImporter.Outcome> outcomes = importer.importDocuments(List.of(notice, nextYear, notice),
                ReferenceData.empty());

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        assertThat(outcomes.get(0).report().newUnits()).isNotEmpty();
        // the second matched every unit the first created in the same transaction, the third is the first again
        assertThat(outcomes.get(1).report().newUnits()).isEmpty();
        assertThat(outcomes.get(2).report().alreadyImported()).isTrue();
        assertThat(outcomes.get(2).report().documentId()).isEqualTo(notice.id());
        assertThat(tasksOf(notice)).isEqualTo(notice.tasks().size());
        assertThat(tasksOf(nextYear)).isEqualTo(notice.tasks().size());
        // both notices' tasks hang on the same unit nodes, none made twice
        long units = neo4j.query("""
                MATCH (d:Document)-[:HAS_TASK]->()<-[:LEADS|SUPPORTS]-(u:Unit) WHERE d.id IN [$first, $second]
                RETURN count(DISTINCT u)""").bind(notice.id()).to("first").bind(nextYear.id()).to("second")
                .fetchAs(Long.class).one().orElseThrow();
        assertThat(units).isEqualTo(outcomes.get(0).report().units());
    }

    @Test
    void throughTheDriverTheImportWritesTheSameAndIsRefusedTheSameWay() throws IOException {
        // The application writes to its embedded server in-process; an external server is written through the driver.
        assertThat(writes).isNotInstanceOf(DriverGraphWrites.class);
        DocumentImporter throughDriver = new DocumentImporter(driver, new ChangeSets(new DriverGraphWrites(driver),
                queries, version, new GraphReader(driver, queries, JsonMapper.builder().build()), event -> { }), queries);
        ParsedDocument jiayu = notice("jiayu-2021");
        ParsedDocument shapingba = notice("shapingba-2022");
        String taken = ImportPlan.taskId(shapingba.id(), shapingba.tasks().getFirst());
        neo4j.query("CREATE (:Task {id: $id, city: 'elsewhere'})").bind(taken).to("id").run();

        List<DocumentImporter.Outcome> outcomes = throughDriver.importDocuments(List.of(jiayu, shapingba),
                ReferenceData.empty());

        // 嘉鱼县: 5 tasks, each with one lead unit, and 11 responsible units in all (expected.tsv, counted by hand)
        assertThat(outcomes.get(0).report().tasks()).isEqualTo(5);
        assertThat(count("MATCH (:Document {id: $id})-[:HAS_TASK]->()<-[r:LEADS]-() RETURN count(r)", jiayu.id()))
                .isEqualTo(5);
        assertThat(count("MATCH (:Document {id: $id})-[:HAS_TASK]->()<-[r:SUPPORTS]-() RETURN count(r)", jiayu.id()))
                .isEqualTo(11);
        // refused the same way in-process as through the driver, and nothing of it written
        ClientException viaDriver = (ClientException) outcomes.get(1).failure();
        ClientException inProcess = (ClientException) importer
                .importDocuments(List.of(shapingba), ReferenceData.empty()).getFirst().failure();
        assertThat(viaDriver).hasMessageContaining(taken);
        assertThat(inProcess).hasMessageContaining(taken);
        assertThat(inProcess.code()).isEqualTo(viaDriver.code())
                .isEqualTo("Neo.ClientError.Schema.ConstraintValidationFailed");
        assertThat(count("MATCH (d:Document {id: $id}) RETURN count(d)", shapingba.id())).isZero();
        // what one way wrote, the other recognises
        assertThat(importer.importDocuments(List.of(jiayu), ReferenceData.empty()).getFirst().report().alreadyImported())
                .isTrue();
    }

    private long tasksOf(ParsedDocument doc) {
        return count("MATCH (:Document {id: $id})-[:HAS_TASK]->(t:Task) RETURN count(t)", doc.id());
    }

    private long count(String cypher, String id) {
        return neo4j.query(cypher).bind(id).to("id").fetchAs(Long.class).one().orElseThrow();
    }

    private static ParsedDocument notice(String place) throws IOException {
        return new NoticeParser().parse(Files.readString(Path.of("src/test/resources/notices", place, "notice.txt")));
    }
}
