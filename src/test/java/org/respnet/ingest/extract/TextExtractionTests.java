package org.respnet.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.respnet.SeedDocuments;

class TextExtractionTests {

    @Test
    void seedNoticeLinesKeepTheirOwnLineNumbers() throws Exception {
        SourceDocument doc = DocumentExtractor.extract(SeedDocuments.bytes(SeedDocuments.NOTICE));

        assertThat(doc.format()).isEqualTo("text/UTF-8");
        assertThat(doc.blocks().stream().map(b -> ((Block.Paragraph) b).text()).toList())
                .isEqualTo(TestFiles.paragraphs(SeedDocuments.noticeText()));
        // Line 3 of the file is blank: the third paragraph is the file's line 4.
        assertThat(doc.blocks().get(2)).isEqualTo(new Block.Paragraph("分解落实《政府工作报告》的通知", new Place(4, "第4行")));
    }

    @Test
    void gbkTextIsReadAsGb18030() throws Exception {
        byte[] gbk = TestFiles.text(List.of("1.地区生产总值增长6.5%。", "", "（责任领导：吴丕华；牵头单位：市发改委。）"),
                Charset.forName("GBK"));

        SourceDocument doc = DocumentExtractor.extract(gbk);

        assertThat(doc.format()).isEqualTo("text/GB18030");
        assertThat(doc.blocks()).containsExactly(
                new Block.Paragraph("1.地区生产总值增长6.5%。", Place.ofLine(1)),
                new Block.Paragraph("（责任领导：吴丕华；牵头单位：市发改委。）", Place.ofLine(3)));
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsLeaveNoTrace() throws Exception {
        byte[] body = "\uFEFF第一行\r\n\r\n\u3000\u3000第三行\r\n".getBytes(StandardCharsets.UTF_8);

        SourceDocument doc = DocumentExtractor.extract(body);

        assertThat(doc.format()).isEqualTo("text/UTF-8");
        assertThat(doc.blocks()).containsExactly(
                new Block.Paragraph("第一行", Place.ofLine(1)), new Block.Paragraph("第三行", Place.ofLine(3)));
    }
}
