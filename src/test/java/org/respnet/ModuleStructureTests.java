package org.respnet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.respnet.figures.CoAssignmentNetwork;
import org.respnet.figures.SampledBetweenness;
import org.respnet.ingest.NoticeParser;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The layout stays as the tree tells it: each top-level package under {@code org.respnet} is one
 * feature (an application module), which other features use only through its top-level public types
 * and its named interfaces (see {@link ModuleDetection}), with no cycle between features. The plain-Java cores — the parser in
 * {@code ingest}, the synthetic notices, the network algorithms — know nothing of Spring or Neo4j, so
 * they run and are tested without either.
 */
class ModuleStructureTests {

    static final ApplicationModules MODULES = ApplicationModules.of(RespNetApplication.class);

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.respnet");

    @Test
    void featuresUseEachOtherOnlyThroughTheirApiAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void theFileFormatsAreANamedInterfaceOfIngest() {
        var ingest = MODULES.getModuleByName("ingest").orElseThrow();

        assertThat(ingest.getNamedInterfaces().getByName(ModuleDetection.EXTRACT)).isPresent();
        assertThat(ingest.getNamedInterfaces().getUnnamedInterface().contains(NoticeParser.class)).isTrue();
    }

    @Test
    void parserAndSyntheticNoticesAreFreeOfSpringAndNeo4j() {
        noClasses().that().resideInAnyPackage("org.respnet.ingest..", "org.respnet.synthetic..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..")
                .because("the parser is a plain-Java core, tested and run without Spring or a database")
                .check(CLASSES);
    }

    @Test
    void networkAlgorithmsAreFreeOfSpringAndNeo4j() {
        noClasses().that().belongToAnyOf(CoAssignmentNetwork.class, SampledBetweenness.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..")
                .because("the network algorithms work on plain collections; NetworkFigures reads and stores")
                .check(CLASSES);
    }

    /** The module canvases and component diagrams (PlantUML) under {@code target/spring-modulith-docs}. */
    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
