package org.respnet.ingest;

import org.respnet.SeedDocuments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReferenceDataTests {

    @Test
    void readsBundledMembershipFromTheAddresseeLine() throws IOException {
        ReferenceData data = ReferenceData.read(Files.newBufferedReader(Path.of("import/units.csv"), StandardCharsets.UTF_8),
                "units.csv");
        assertThat(data.membersByGroup("随州").get("各县市区政府及管委会"))
                .containsExactlyInAnyOrder("随县人民政府", "广水市人民政府", "曾都区人民政府", "随州高新区管委会");
        assertThat(data.membersByGroup("随州").get("各县市区政府"))
                .containsExactlyInAnyOrder("随县人民政府", "广水市人民政府", "曾都区人民政府");
        assertThat(data.kindOf("市国投集团")).isEqualTo(UnitKind.ENTERPRISE);
        assertThat(data.listedKind("未列出的单位")).isEmpty();
    }

    @Test
    void listsEveryUnitOfTheSeedNotice() throws IOException {
        ReferenceData data = ReferenceData.read(Files.newBufferedReader(Path.of("import/units.csv"), StandardCharsets.UTF_8),
                "units.csv");
        ParsedDocument notice = new NoticeParser().parse(SeedDocuments.noticeText());
        List<String> unlisted = notice.tasks().stream()
                .flatMap(t -> java.util.stream.Stream.concat(t.leadUnits().stream(), t.responsibleUnits().stream()))
                .map(UnitRef::name).distinct().filter(name -> data.listedKind(name).isEmpty()).toList();
        assertThat(unlisted).isEmpty();
    }

    @Test
    void scopesMembershipToItsCity() throws IOException {
        String csv = "name,kind,member_of,city\n甲县人民政府,county,各县市区政府,甲城\n乙县人民政府,county,各县市区政府,乙城\n";
        ReferenceData data = ReferenceData.read(new StringReader(csv), "units.csv");
        assertThat(data.membersByGroup("甲城").get("各县市区政府")).containsExactly("甲县人民政府");
        assertThat(data.membersByGroup("丙城")).isEmpty();
    }

    @Test
    void namesTheLineOfAMalformedRow() {
        String csv = "name,kind,member_of\n市发改委,department,\n市财政局\n";
        assertThatThrownBy(() -> ReferenceData.read(new StringReader(csv), "units.csv"))
                .hasMessageContaining("units.csv line 3");
    }

    @Test
    void namesTheLineOfAnUnknownKind() {
        String csv = "# comment\nname,kind,member_of\n市发改委,ministry,\n";
        assertThatThrownBy(() -> ReferenceData.read(new StringReader(csv), "units.csv"))
                .hasMessageContaining("units.csv line 3").hasMessageContaining("ministry");
    }
}
