package org.respnet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnitListReaderTests {

    static Stream<Arguments> unitLists() {
        return Stream.of(
                Arguments.of("市发改委、市住建局，随县、广水市人民政府",
                        List.of("市发改委", "市住建局", "随县人民政府", "广水市人民政府")),
                Arguments.of("市经信局，广水市、曾都区人民政府，随州高新区管委会",
                        List.of("市经信局", "广水市人民政府", "曾都区人民政府", "随州高新区管委会")),
                // a department before a county government does not take its suffix
                Arguments.of("市住建局、曾都区人民政府", List.of("市住建局", "曾都区人民政府")),
                Arguments.of("市委组织部（市委人才办）、市科技局（市市校合作办）、市人社局",
                        List.of("市委组织部", "市科技局", "市人社局")),
                Arguments.of("市 发改委 , 市财政局", List.of("市发改委", "市财政局")),
                Arguments.of("在随各家商业银行等金融机构，各县市区政府及管委会",
                        List.of("在随各家商业银行等金融机构", "各县市区政府及管委会")));
    }

    @ParameterizedTest
    @MethodSource("unitLists")
    void readsNamesInOrder(String value, List<String> expected) {
        assertThat(UnitListReader.read(value)).extracting(UnitRef::name).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("unitLists")
    void keepsBracketedOfficeOnlyWherePrinted(String value, List<String> expected) {
        assertThat(UnitListReader.read(value).stream().filter(u -> u.office() != null).count())
                .isEqualTo(value.chars().filter(c -> c == '（').count());
    }
}
