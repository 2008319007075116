package org.respnet.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A Word 97–2003 file, made from a {@link TestFiles} .docx by LibreOffice (see the fixture README). */
class DocExtractionTests {

    @Test
    void paragraphsAndTaskTableInDocumentOrder() throws Exception {
        byte[] doc;
        try (InputStream in = getClass().getResourceAsStream("task-notice.doc")) {
            doc = in.readAllBytes();
        }

        SourceDocument read = DocumentExtractor.extract(doc);

        assertThat(read.format()).isEqualTo("doc");
        assertThat(read.blocks()).hasSize(5);
        assertThat(read.blocks().subList(0, 3)).containsExactly(
                new Block.Paragraph("随政办发〔2024〕2号", new Place(1, "第1段")),
                new Block.Paragraph("市人民政府办公室关于分解落实《政府工作报告》的通知", new Place(2, "第2段")),
                new Block.Paragraph("各县、市、区人民政府，随州高新区管理委员会，市政府各部门：", new Place(3, "第3段")));
        Block.Table table = (Block.Table) read.blocks().get(3);
        assertThat(table.place()).isEqualTo(new Place(4, "表1"));
        assertThat(table.rows()).extracting(Block.Row::cells)
                .containsExactlyElementsOf(TestFiles.expectedCells(TestFiles.TASK_TABLE));
        assertThat(table.rows()).extracting(Block.Row::place).containsExactly(
                new Place(4, "表1第1行"), new Place(5, "表1第2行"), new Place(6, "表1第3行"), new Place(7, "表1第4行"));
        assertThat(read.blocks().get(4)).isEqualTo(
                new Block.Paragraph("联系电话：3596635，电子邮箱：szszfdcs@126.com。", new Place(8, "第4段")));
    }
}
