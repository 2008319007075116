package org.respnet.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query the database could not run, said in Chinese from its error code and the place or names its own
 * (English) message gives: the clerk learns what to fix, never reads the database's sentence.
 */
final class QueryErrors {

    private static final Pattern PLACE = Pattern.compile("line (\\d+), column (\\d+)");
    private static final String FILE_URLS = "dbms.security.allow_csv_import_from_file_urls";
    private static final Pattern MISSING = Pattern.compile("Expected parameter\\(s\\): ([\\p{L}\\p{N}_, ]+)");

    private QueryErrors() {
    }

    static String explain(String code, String message) {
        String text = message == null ? "" : message;
        Matcher missing = MISSING.matcher(text);
        if (missing.find()) {
            return "缺少参数：" + missing.group(1).strip() + "。请在“参数”框里为它们填上值。";
        }
        if (text.contains("allow_csv_import_from_file_urls")) {
            // The server's own refusal, behind the console's: named by its setting, so an administrator finds it.
            return "服务器不允许读取本机文件（" + FILE_URLS + "=false）";
        }
        if (code.contains("ParameterMissing")) {
            return "缺少参数。请在“参数”框里为查询中每个 $参数 填上值。";
        }
        if (code.contains("SyntaxError")) {
            Matcher place = PLACE.matcher(text);
            String at = place.find() ? "（第 " + place.group(1) + " 行第 " + place.group(2) + " 列附近）" : "";
            return "查询语句写得不对" + at + "，请检查拼写、括号和引号。";
        }
        if (code.contains("TypeError") || code.contains("ArgumentError") || text.contains("Type mismatch")) {
            return "参数或值的类型不合适：例如数量要写成数字 10 而不是 \"10\"，也不能是 null。";
        }
        if (code.contains("EntityNotFound") || code.contains("PropertyNotFound")) {
            return "查询引用了不存在的节点或属性。";
        }
        return "数据库无法执行这条查询，请检查语句和参数。";
    }
}
