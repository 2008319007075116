package org.respnet.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;

/** The format comes from the bytes: names are never given, so a renamed file is read as what it is. */
class DetectionTests {

    private static final List<String> LINES = List.of("1.地区生产总值增长6.5%。", "（责任领导：吴丕华；牵头单位：市发改委。）");

    @Test
    void eachFormatIsToldByItsBytes() throws Exception {
        assertThat(DocumentExtractor.extract(TestFiles.docx(LINES)).format()).isEqualTo("docx");
        assertThat(DocumentExtractor.extract(TestFiles.xlsx(List.of(LINES))).format()).isEqualTo("xlsx");
        assertThat(DocumentExtractor.extract(TestFiles.xls(List.of(LINES))).format()).isEqualTo("xls");
        assertThat(DocumentExtractor.extract(TestFiles.html(LINES, List.of())).format()).isEqualTo("html");
        assertThat(DocumentExtractor.extract(TestFiles.pdf(LINES)).format()).isEqualTo("pdf");
        assertThat(DocumentExtractor.extract(TestFiles.text(LINES, StandardCharsets.UTF_8)).format()).isEqualTo("text/UTF-8");
        assertThat(DocumentExtractor.extract(TestFiles.text(LINES, Charset.forName("GBK"))).format()).isEqualTo("text/GB18030");
    }

    @Test
    void docxUploadedAsNoticePdfIsStillReadAsWord() throws Exception {
        byte[] namedPdf = TestFiles.docx(LINES); // what a user saved as 通知.pdf: the bytes are a Word file

        SourceDocument doc = DocumentExtractor.extract(namedPdf);

        assertThat(doc.format()).isEqualTo("docx");
        assertThat(doc.blocks()).extracting(b -> ((Block.Paragraph) b).text()).isEqualTo(LINES);
    }

    @Test
    void emptyUploadIsRefused() {
        assertThatThrownBy(() -> DocumentExtractor.extract(new byte[0]))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("文件是空的");
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    @Test
    void pictureIsRefusedAsAnImage() throws Exception {
        byte[] png = png();

        assertThatThrownBy(() -> DocumentExtractor.extract(png))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("图片（png）").hasMessageContaining("OCR");
    }

    private static byte[] zipOfOtherFiles() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notice.txt"));
            out.write("1.任务。".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("data.bin"));
            out.write(randomBytes(2000, 7));
        }
        return zip.toByteArray();
    }

    @Test
    void zipOfOtherFilesIsRefusedAsAnArchive() throws Exception {
        byte[] zip = zipOfOtherFiles();

        assertThatThrownBy(() -> DocumentExtractor.extract(zip))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("zip 压缩包");
    }

    @Test
    void truncatedDocxIsRefusedAsIncomplete() {
        byte[] docx = TestFiles.docx(LINES);
        byte[] cut = Arrays.copyOf(docx, docx.length * 2 / 3);

        assertThatThrownBy(() -> DocumentExtractor.extract(cut))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("损坏或不完整");
    }

    @Test
    void randomBinaryIsRefused() {
        assertThatThrownBy(() -> DocumentExtractor.extract(randomBytes(4096, 42)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("不是支持的文档");
    }

    private static byte[] passwordProtectedDocx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("随州2024");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(TestFiles.docx(LINES)));
                 OutputStream data = encryptor.getDataStream(fs)) {
                pkg.save(data);
            }
            fs.writeFilesystem(out);
        }
        return out.toByteArray();
    }

    @Test
    void passwordProtectedDocxIsRefusedSayingSo() throws Exception {
        byte[] locked = passwordProtectedDocx();

        assertThatThrownBy(() -> DocumentExtractor.extract(locked))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("设有密码");
    }

    private static byte[] powerPoint() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.createSlide();
            show.write(out);
        }
        return out.toByteArray();
    }

    @Test
    void powerPointIsRefusedByName() throws Exception {
        byte[] slides = powerPoint();

        assertThatThrownBy(() -> DocumentExtractor.extract(slides))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("PowerPoint 演示文稿");
    }

    /** Names of formats and tools, which a Chinese sentence writes in Latin letters too. */
    private static final java.util.regex.Pattern NAMES = java.util.regex.Pattern.compile(
            "PDF|Word|Excel|Office|PowerPoint|OCR|OFD|RTF|UTF|GBK|zip|docx|doc|xlsx|xls|html|pdf|png");

    /**
     * Issue 22: every refusal of an unreadable file is a Chinese sentence saying what to do; English stays only in
     * the names of formats and, in brackets, the library's own account of a damaged file.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"empty", "png", "zip", "truncated", "binary", "password",
            "powerpoint"})
    void everyRefusalIsSaidInChinese(String kind) throws Exception {
        byte[] file = switch (kind) {
            case "empty" -> new byte[0];
            case "png" -> png();
            case "zip" -> zipOfOtherFiles();
            case "truncated" -> Arrays.copyOf(TestFiles.docx(LINES), TestFiles.docx(LINES).length * 2 / 3);
            case "binary" -> randomBytes(4096, 42);
            case "password" -> passwordProtectedDocx();
            default -> powerPoint();
        };
        assertThatThrownBy(() -> DocumentExtractor.extract(file)).isInstanceOfSatisfying(
                UnreadableDocumentException.class, e -> {
                    String sentence = NAMES.matcher(e.getMessage().replaceAll("（[^）]*）$", "")).replaceAll("");
                    assertThat(sentence).as(e.getMessage()).doesNotContainPattern("[A-Za-z]{3,}")
                            .containsPattern("[\\x{4e00}-\\x{9fff}]");
                });
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
