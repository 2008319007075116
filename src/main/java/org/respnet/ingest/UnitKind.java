package org.respnet.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** What sort of body a unit is; kinds come from {@code import/units.csv}, else from the name. */
public enum UnitKind {
    DEPARTMENT, COUNTY, ENTERPRISE, CENTRAL, FINANCIAL, GROUP, OTHER;

    private static final Pattern GROUP_NAME =
            Pattern.compile("^各.*|.*(成员单位|各部门|各家.*|等.*机构|各.*单位)$");
    private static final Pattern COUNTY_NAME =
            Pattern.compile("^[\\u3400-\\u9fff\\uf900-\\ufaff]{1,6}[县市区旗](人民政府|政府)$|^[\\u3400-\\u9fff\\uf900-\\ufaff]{1,6}(高新区|开发区|新区)(管委会|管理委员会)$");
    private static final Pattern ENTERPRISE_NAME = Pattern.compile(".*(集团|公司|有限公司)$");
    private static final Pattern FINANCIAL_NAME = Pattern.compile(".*(银行|保险|证券|信用社|农商行)$");
    private static final Pattern CENTRAL_NAME = Pattern.compile(
            "^(中国人民银行|国家|省).*|.*(海关|分局|税务局|邮政管理局|消防救援支队|气象局|调查队)$");
    private static final Pattern DEPARTMENT_NAME =
            Pattern.compile("^市.*(局|委|办|办公室|部|厅|社|中心|馆)$");

    /** The kind a name suggests, for units the reference data does not list. */
    public static UnitKind inferFrom(String name) {
        if (GROUP_NAME.matcher(name).matches()) {
            return GROUP;
        }
        if (COUNTY_NAME.matcher(name).matches()) {
            return COUNTY;
        }
        if (FINANCIAL_NAME.matcher(name).matches()) {
            return FINANCIAL;
        }
        if (CENTRAL_NAME.matcher(name).matches()) {
            return CENTRAL;
        }
        if (ENTERPRISE_NAME.matcher(name).matches()) {
            return ENTERPRISE;
        }
        if (DEPARTMENT_NAME.matcher(name).matches()) {
            return DEPARTMENT;
        }
        return OTHER;
    }

    /** The lower-case name used in the graph, the CSV and the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UnitKind fromCode(String code) {
        return Arrays.stream(values())
                .filter(kind -> kind.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown unit kind \"" + code + "\"; expected one of "
                        + Arrays.stream(values()).map(UnitKind::code).toList()));
    }
}
