package org.respnet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every problem and warning the reader gives is a Chinese sentence for the clerk: no English word
 * (three Latin letters in a row) outside the 「」 that quote the document's own text. Read over
 * both corpora and over hostile texts that provoke every kind of message.
 */
class NoticeMessagesTests {

    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern QUOTED = Pattern.compile("「[^「」]*」");

    static Stream<String> hostileTexts() {
        return Stream.of(
                "",
                "hello, this is not a notice at all\n",
                "会议纪要\n今天天气很好，大家讨论了午餐。\n",
                "1.任务。（责任领导：吴丕华；督办单位：市财政局；牵头单位：市财政局。）\n",
                "1.任务。（责任领导：吴丕华；牵头单位：市财政局。\n",
                "1.任务。责任领导：吴丕华；牵头单位：市财政局。）\n",
                "1.任务。（责任领导：吴丕华；牵头单位：）\n",
                "1.任务一。（牵头单位：市财政局。）\n5.没有分工的任务。\n",
                "1.任务一。（牵头单位：市财政局）\n（牵头单位：市发改委）\n",
                "1.任务一。（牵头单位：市财政局）\n1.任务一。（牵头单位：市财政局）\n",
                "1.任务。（责任单位：市财政局；联系人：张三）\n",
                "1.任务。（协调推进单位：市财政局）\n",
                "1.任务。（牵头单位：市行政审批局市司法局）\n",
                "二、张某某副市长主抓重点工作\n1.推进改革。（牵头单位：市发改委）\n",
                "序号\n重点工作\n推进配合单位\n牵头单位\n1\n推进改革\n市财政局\n市发改委\n",
                "序号 | 工作任务 | 牵头单位 |\n | | 市财政局 |\n1 | 推进改革 | 市发改委 |\n",
                "责任单位：市发改委\n牵头单位：市财政局\n",
                "1.ABC project kick-off。（牵头单位：ABC Committee）\n");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hostileTextsAreToldInChinese(String text) {
        assertChinese(new NoticeParser(new ParserLimits(3, 5, 50), Set.of()).parse(text));
    }

    @Test
    void aFileThatIsNoNoticeSaysSo() {
        ParsedDocument doc = new NoticeParser().parse("hello, this is not a notice at all\n");
        assertThat(doc.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("这不是任务分解通知："));
    }

    @Test
    void everyCorpusMessageIsChinese() throws Exception {
        List<ParsedDocument> docs = new ArrayList<>();
        for (Path corpus : List.of(NoticeLabelledCorpusTests.CORPUS, Path.of("src/test/resources/notices"))) {
            try (Stream<Path> dirs = Files.list(corpus)) {
                for (Path dir : dirs.filter(d -> Files.exists(d.resolve("notice.txt"))).sorted().toList()) {
                    docs.add(new NoticeParser().parse(Files.readString(dir.resolve("notice.txt"), StandardCharsets.UTF_8)));
                }
            }
        }
        assertThat(docs).hasSizeGreaterThan(30);
        long messages = docs.stream().mapToLong(d -> d.problems().size() + d.warnings().size()).sum();
        assertThat(messages).as("the corpora give messages to check").isGreaterThan(20);
        docs.forEach(NoticeMessagesTests::assertChinese);
    }

    private static void assertChinese(ParsedDocument doc) {
        List<String> messages = new ArrayList<>();
        doc.problems().forEach(p -> messages.add(p.message()));
        doc.warnings().forEach(w -> messages.add(w.message()));
        for (String message : messages) {
            String own = QUOTED.matcher(message).replaceAll("「」");
            assertThat(ENGLISH_WORD.matcher(own).find()).as(message).isFalse();
            assertThat(own).as(message).containsPattern("[\\u4e00-\\u9fff]");
        }
    }
}
