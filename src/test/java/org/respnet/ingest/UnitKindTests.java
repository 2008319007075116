package org.respnet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitKindTests {

    @ParameterizedTest
    @CsvSource({
            "各县市区政府及管委会, GROUP",
            "市优化营商环境领导小组成员单位, GROUP",
            "在随各家商业银行等金融机构, GROUP",
            "市直各预算单位, GROUP",
            "广水市人民政府, COUNTY",
            "随州高新区管委会, COUNTY",
            "市国投集团, ENTERPRISE",
            "随州供电公司, ENTERPRISE",
            "随州海关, CENTRAL",
            "国家金融监管总局随州监管分局, CENTRAL",
            "湖北随州农村商业银行, FINANCIAL",
            "市发改委, DEPARTMENT",
            "市政务服务和大数据管理局, DEPARTMENT",
            "随州职院, OTHER"})
    void infersKindFromName(String name, UnitKind kind) {
        assertThat(UnitKind.inferFrom(name)).isEqualTo(kind);
    }

    @Test
    void refusesUnknownCodeNamingTheChoices() {
        assertThatThrownBy(() -> UnitKind.fromCode("ministry"))
                .hasMessageContaining("ministry").hasMessageContaining("department");
    }
}
