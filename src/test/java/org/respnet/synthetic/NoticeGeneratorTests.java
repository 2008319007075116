package org.respnet.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.ingest.NoticeParser;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ParsedTask;
import org.respnet.ingest.TaskKind;
import org.respnet.ingest.UnitKind;
import org.respnet.ingest.UnitRef;

/** Generated notices read back through the real parser, and have the seed's shape. */
class NoticeGeneratorTests {

    private static final int CITIES = 20;
    private static List<GeneratedCity> cities;
    private static List<ParsedDocument> parsed;

    @BeforeAll
    static void generate() {
        cities = NoticeGenerator.fromBundledSeed(42).generate(CITIES);
        NoticeParser parser = new NoticeParser();
        parsed = cities.stream().map(city -> parser.parse(city.notice())).toList();
    }

    @Test
    void everyNoticeParsesWithoutProblems() {
        assertThat(parsed).allSatisfy(doc -> assertThat(doc.problems()).isEmpty());
    }

    @Test
    void parserFindsEachCitysOwnName() {
        assertThat(parsed.stream().map(ParsedDocument::city)).containsExactlyElementsOf(cities.stream().map(GeneratedCity::name).toList());
        assertThat(cities.stream().map(GeneratedCity::name).distinct()).hasSize(CITIES);
    }

    @Test
    void hasTheSeedsSizePerCity() {
        assertThat(parsed).allSatisfy(doc -> {
            assertThat(doc.tasks().stream().filter(t -> t.kind() == TaskKind.KEY).count()).isBetween(147L, 167L);
            assertThat(doc.tasks().stream().filter(t -> t.kind() == TaskKind.LIVELIHOOD).count()).isBetween(3L, 20L);
            assertThat(doc.tasks().stream().flatMap(t -> t.leaders().stream()).distinct().count()).isBetween(6L, 8L);
            assertThat(units(doc).distinct().count()).isBetween(70L, 95L);
        });
    }

    @Test
    void keepsTheSeedsShareOfCoLedAndGroupAssignedTasks() {
        List<ParsedTask> all = parsed.stream().flatMap(doc -> doc.tasks().stream()).toList();
        double coLed = all.stream().filter(t -> t.leadUnits().size() >= 2).count() / (double) all.size();
        double grouped = all.stream().filter(t -> t.responsibleUnits().stream()
                .anyMatch(u -> UnitKind.inferFrom(u.name()) == UnitKind.GROUP)).count() / (double) all.size();
        // the seed: 41 of 167 tasks co-led (0.25); 135 of 167 name a group among their responsible units (0.81)
        assertThat(coLed).isBetween(0.20, 0.30);
        assertThat(grouped).isBetween(0.75, 0.90);
    }

    @Test
    void namesUnitsAfterTheirCity() {
        ParsedDocument first = parsed.getFirst();
        String city = cities.getFirst().name();
        assertThat(units(first)).contains("市发改委").noneMatch(name -> name.contains("随州") || name.startsWith("随县"));
        assertThat(units(first)).anyMatch(name -> name.equals(city + "高新区管委会"));
        assertThat(units(first).filter(name -> name.endsWith("人民政府")))
                .allMatch(name -> cities.getFirst().counties().contains(name.replace("人民政府", "")));
    }

    @Test
    void isDeterministicPerCityWhateverTheCount() {
        List<GeneratedCity> fewer = NoticeGenerator.fromBundledSeed(42).generate(3);
        assertThat(fewer.get(2).notice()).isEqualTo(cities.get(2).notice());
        assertThat(NoticeGenerator.fromBundledSeed(7).generate(1).getFirst().notice()).isNotEqualTo(cities.getFirst().notice());
    }

    private static Stream<String> units(ParsedDocument doc) {
        return doc.tasks().stream()
                .flatMap(t -> Stream.concat(t.leadUnits().stream(), t.responsibleUnits().stream()))
                .map(UnitRef::name);
    }
}
