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
                        List.of("在随各家商业银行等金融机构", "各县市区政府及管委会")),
                // groups written with their own 、 stay one name
                Arguments.of("市民政局，各县、市、区政府", List.of("市民政局", "各县、市、区政府")),
                Arguments.of("各县、市、区人民政府、市财政局", List.of("各县、市、区人民政府", "市财政局")),
                Arguments.of("各县市区、市财政局", List.of("各县市区", "市财政局")),
                // a trailing 等 is dropped; 等相关单位 and 相关单位 are units as written, as the labelled
                // corpus counts them (港城 2021 「区司法局等有关部门」, 诸暨 2023 「经信局,相关部门」)
                Arguments.of("市发改委等", List.of("市发改委")),
                // a space or 和 parts two names only when both have a body's shape
                Arguments.of("市发改委 市财政局", List.of("市发改委", "市财政局")),
                Arguments.of("市规划和自然资源局", List.of("市规划和自然资源局")),
                Arguments.of("市发改委和市财政局", List.of("市发改委", "市财政局")),
                // and 及 / 以及 likewise (咸阳 2022 in the corpus: 「市级各有关部门及各县市区政府按职责分工负责」)
                Arguments.of("市级各有关部门及各县市区政府", List.of("市级各有关部门", "各县市区政府")),
                Arguments.of("市发改委以及市财政局", List.of("市发改委", "市财政局")),
                Arguments.of("市級各有關部門及各縣市區政府", List.of("市級各有關部門", "各縣市區政府")),
                Arguments.of("市发改委、市财政局等相关单位", List.of("市发改委", "市财政局", "相关单位")),
                Arguments.of("市发改委、相关单位", List.of("市发改委", "相关单位")),
                Arguments.of("相关单位", List.of("相关单位")),
                Arguments.of("市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)", List.of("市卫生健康委")));
    }

    /** Brackets that are not an office: a group's scope, or a note to the reader. */
    static Stream<Arguments> bracketsThatAreNoOffice() {
        return Stream.of(
                Arguments.of("各县（市、区）人民政府", "各县（市、区）人民政府"),
                Arguments.of("各街办(新区)", "各街办(新区)"),
                Arguments.of("市税务局(列第一位者为工作牵头单位或汇总单位,下同)", "市税务局"));
    }

    @ParameterizedTest
    @MethodSource("bracketsThatAreNoOffice")
    void keepsNoOfficeForScopeOrNote(String value, String name) {
        assertThat(UnitListReader.read(value)).singleElement().isEqualTo(UnitRef.of(name));
    }

    /** The lists whose brackets are all offices. */
    static Stream<Arguments> officeLists() {
        return unitLists().limit(6);
    }

    @ParameterizedTest
    @MethodSource("unitLists")
    void readsNamesInOrder(String value, List<String> expected) {
        assertThat(UnitListReader.read(value)).extracting(UnitRef::name).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("officeLists")
    void keepsBracketedOfficeOnlyWherePrinted(String value, List<String> expected) {
        assertThat(UnitListReader.read(value).stream().filter(u -> u.office() != null).count())
                .isEqualTo(value.chars().filter(c -> c == '（').count());
    }
}
