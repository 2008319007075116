package org.respnet.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("the file is empty");
    }

    @Test
    void pictureIsRefusedAsAnImage() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", png);

        assertThatThrownBy(() -> DocumentExtractor.extract(png.toByteArray()))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("an image (png)").hasMessageContaining("OCR");
    }

    @Test
    void zipOfOtherFilesIsRefusedAsAnArchive() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notice.txt"));
            out.write("1.任务。".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("data.bin"));
            out.write(randomBytes(2000, 7));
        }

        assertThatThrownBy(() -> DocumentExtractor.extract(zip.toByteArray()))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("zip archive");
    }

    @Test
    void truncatedDocxIsRefusedAsIncomplete() {
        byte[] docx = TestFiles.docx(LINES);
        byte[] cut = Arrays.copyOf(docx, docx.length * 2 / 3);

        assertThatThrownBy(() -> DocumentExtractor.extract(cut))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("damaged or incomplete");
    }

    @Test
    void randomBinaryIsRefused() {
        assertThatThrownBy(() -> DocumentExtractor.extract(randomBytes(4096, 42)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("not a supported document");
    }

    @Test
    void passwordProtectedDocxIsRefusedSayingSo() throws Exception {
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

        assertThatThrownBy(() -> DocumentExtractor.extract(out.toByteArray()))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("password");
    }

    @Test
    void powerPointIsRefusedByName() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.createSlide();
            show.write(out);
        }

        assertThatThrownBy(() -> DocumentExtractor.extract(out.toByteArray()))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("PowerPoint");
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
