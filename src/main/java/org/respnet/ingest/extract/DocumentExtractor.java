package org.respnet.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Reads any uploaded file into a {@link SourceDocument}, telling the format from the bytes alone
 * (a file name can lie; the bytes cannot), or refuses it with a message that says why.
 */
public final class DocumentExtractor {

    /** Tika's magic-byte table only: no file name is given, so only the content decides. */
    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();

    private DocumentExtractor() {
    }

    /** The file's paragraphs and tables in reading order, or why it cannot be read, within the default limits. */
    public static SourceDocument extract(byte[] bytes) throws UnreadableDocumentException {
        return extract(bytes, ExtractionLimits.DEFAULTS);
    }

    /**
     * The file's paragraphs and tables in reading order, or why it cannot be read.
     *
     * @throws ExtractionLimitException when reading it would cost more than {@code limits} allow
     */
    public static SourceDocument extract(byte[] bytes, ExtractionLimits limits) throws UnreadableDocumentException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("文件是空的");
        }
        Format format = detect(bytes);
        ExtractionBudget budget = new ExtractionBudget(limits);
        try {
            if (format == Format.DOCX || format == Format.XLSX) {
                checkExpandedSize(bytes, budget);
            }
            return switch (format) {
                case TEXT -> TextReader.read(bytes);
                case HTML -> HtmlReader.read(bytes, budget);
                case PDF -> PdfReader.read(bytes, budget);
                case DOCX -> DocxReader.read(bytes, budget);
                case DOC -> DocReader.read(bytes, budget);
                case XLSX, XLS -> SpreadsheetReader.read(bytes, format == Format.XLSX ? "xlsx" : "xls", budget);
            };
        } catch (ExtractionBudget.Exceeded e) {
            throw e.checked();
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new UnreadableDocumentException("这份" + format.label + "设有密码：请去掉密码另存后重新上传", e);
        } catch (org.apache.poi.OldFileFormatException e) {
            throw new UnreadableDocumentException("这份" + format.label
                    + "是 1997 年以前的旧版 Office 格式：请另存为 .docx 或 .xlsx 后重新上传", e);
        } catch (IOException | RuntimeException e) {
            // Libraries signal damage with anything from IOException to IndexOutOfBounds; the user
            // only needs to know the file is broken.
            throw new UnreadableDocumentException("这份" + format.label + "已损坏或不完整（" + describe(e) + "）", e);
        }
    }

    /** What the bytes are, by Tika's magic bytes, then by looking inside Office containers with POI. */
    static Format detect(byte[] bytes) throws UnreadableDocumentException {
        MediaType type;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            type = MAGIC.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UnreadableDocumentException("无法读取这个文件（" + describe(e) + "）", e);
        }
        String base = type.getBaseType().toString();
        switch (base) {
            case "application/pdf":
                return Format.PDF;
            case "text/html", "application/xhtml+xml":
                return Format.HTML;
            case "application/x-tika-ooxml", "application/zip", "application/x-tika-java-archive":
                return insideZip(bytes);
            case "application/x-tika-msoffice", "application/x-tika-ooxml-protected":
                return insideOle2(bytes);
            default:
                break;
        }
        if (type.getType().equals("text") || base.equals("application/octet-stream")) {
            // Plain text has no magic bytes: GBK text in particular is only "octet-stream" to Tika.
            // TextReader decodes strictly and refuses what is binary after all.
            return Format.TEXT;
        }
        throw new UnreadableDocumentException(unsupported(type));
    }

    /** An OOXML package says what it is in the content type of its main part. */
    private static Format insideZip(byte[] bytes) throws UnreadableDocumentException {
        boolean ooxml;
        // Opening reads the central directory at the end of the file, which is what tells an upload cut short.
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            ooxml = zip.getEntry("[Content_Types].xml") != null;
            if (!ooxml && zip.getEntry("OFD.xml") != null) {
                throw new UnreadableDocumentException("这是 OFD 版式文件，暂不支持：请上传同一文件的 .docx、.pdf 或文本版本");
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("文件是损坏或不完整的 zip 压缩包，可能是没有传完的 .docx 或 .xlsx（"
                    + describe(e) + "）", e);
        }
        if (!ooxml) {
            throw new UnreadableDocumentException("这是 zip 压缩包，不是 Word 或 Excel 文档：请解压后上传其中的文件");
        }
        String mainType;
        try {
            OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            var rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (rels.isEmpty()) {
                rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
            }
            PackagePart main = rels.isEmpty() ? null : pkg.getPart(rels.getRelationship(0));
            mainType = main == null ? "" : main.getContentType();
            pkg.revert(); // closes without writing anything back
        } catch (Exception e) {
            throw new UnreadableDocumentException("这份 Office 文件已损坏（" + describe(e) + "）", e);
        }
        if (mainType.contains("wordprocessingml") || mainType.contains("ms-word")) {
            return Format.DOCX;
        }
        if (mainType.contains("spreadsheetml") || mainType.contains("ms-excel")) {
            return Format.XLSX;
        }
        if (mainType.contains("presentationml") || mainType.contains("ms-powerpoint")) {
            throw new UnreadableDocumentException("这是 PowerPoint 演示文稿，暂不支持：请把通知存为 Word、Excel、PDF 或文本后上传");
        }
        throw new UnreadableDocumentException("这是不支持的 Office 文件（"
                + (mainType.isEmpty() ? "没有主文档" : mainType) + "）");
    }

    /**
     * Inflates every part of an Office package once, counting, and stops at the limit: the sizes the zip
     * declares may lie, and the XML parsers hold a multiple of the inflated bytes in memory.
     */
    private static void checkExpandedSize(byte[] bytes, ExtractionBudget budget) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        total += n;
                        budget.expandedSize(total);
                    }
                }
            }
        }
    }

    /** An OLE2 file (old Office) says what it is by the names of its streams. */
    private static Format insideOle2(byte[] bytes) throws UnreadableDocumentException {
        Set<String> entries;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            entries = fs.getRoot().getEntryNames();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("这份 Office 文件已损坏或不完整（" + describe(e) + "）", e);
        }
        if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
            throw new UnreadableDocumentException("这份 Office 文件设有密码：请去掉密码另存后重新上传");
        }
        if (entries.contains("WordDocument")) {
            return Format.DOC;
        }
        if (entries.contains("Workbook") || entries.contains("WORKBOOK") || entries.contains("Book")) {
            return Format.XLS;
        }
        if (entries.contains("PowerPoint Document")) {
            throw new UnreadableDocumentException("这是 PowerPoint 演示文稿，暂不支持：请把通知存为 Word、Excel、PDF 或文本后上传");
        }
        throw new UnreadableDocumentException("这是不支持的旧版 Office 文件");
    }

    private static String unsupported(MediaType type) {
        String kind = switch (type.getType()) {
            case "image" -> "图片（" + type.getSubtype() + "）：扫描的通知需要先做文字识别（OCR），"
                    + "或上传原始的 Word、PDF 或文本文件";
            case "audio", "video" -> "音频或视频文件，不是文档";
            default -> switch (type.getBaseType().toString()) {
                case "application/rtf" -> "RTF 文档，暂不支持：请另存为 .docx";
                case "application/x-rar-compressed", "application/x-7z-compressed", "application/gzip",
                     "application/x-tar", "application/x-bzip2" -> "压缩包：请解压后上传其中的文件";
                case "application/x-msdownload", "application/x-executable", "application/x-sharedlib",
                     "application/x-elf", "application/x-dosexec", "application/java-vm" -> "程序，不是文档";
                default -> "类型为 " + type.getBaseType() + " 的文件，不是支持的文档";
            };
        };
        return "这个文件是" + kind + "（支持：文本、.docx、.doc、.xlsx、.xls、.html、.pdf）";
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The formats RespNet reads, with the words a message uses for each. */
    enum Format {
        TEXT("文本文件"), HTML("网页"), PDF(" PDF 文件"), DOCX(" Word 文档"), DOC(" Word 文档"),
        XLSX(" Excel 工作簿"), XLS(" Excel 工作簿");

        final String label;

        Format(String label) {
            this.label = label;
        }
    }
}
