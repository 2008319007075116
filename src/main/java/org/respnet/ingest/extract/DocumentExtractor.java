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
            throw new UnreadableDocumentException("the file is empty");
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
            throw new UnreadableDocumentException("the " + format.label + " is protected by a password;"
                    + " save it without a password and upload it again", e);
        } catch (org.apache.poi.OldFileFormatException e) {
            throw new UnreadableDocumentException("the " + format.label + " is in a pre-1997 Office format;"
                    + " save it as .docx or .xlsx and upload it again", e);
        } catch (IOException | RuntimeException e) {
            // Libraries signal damage with anything from IOException to IndexOutOfBounds; the user
            // only needs to know the file is broken.
            throw new UnreadableDocumentException("the " + format.label + " looks damaged or incomplete ("
                    + describe(e) + ")", e);
        }
    }

    /** What the bytes are, by Tika's magic bytes, then by looking inside Office containers with POI. */
    static Format detect(byte[] bytes) throws UnreadableDocumentException {
        MediaType type;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            type = MAGIC.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UnreadableDocumentException("the file cannot be read (" + describe(e) + ")", e);
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
                throw new UnreadableDocumentException("the file is an OFD document, which is not supported;"
                        + " upload the same document as .docx, .pdf or text");
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("the file is a damaged or incomplete zip container"
                    + " (a .docx or .xlsx cut short?): " + describe(e), e);
        }
        if (!ooxml) {
            throw new UnreadableDocumentException("the file is a zip archive, not a Word or Excel document;"
                    + " unpack it and upload the document itself");
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
            throw new UnreadableDocumentException("the Office file looks damaged (" + describe(e) + ")", e);
        }
        if (mainType.contains("wordprocessingml") || mainType.contains("ms-word")) {
            return Format.DOCX;
        }
        if (mainType.contains("spreadsheetml") || mainType.contains("ms-excel")) {
            return Format.XLSX;
        }
        if (mainType.contains("presentationml") || mainType.contains("ms-powerpoint")) {
            throw new UnreadableDocumentException("the file is a PowerPoint presentation, which is not supported;"
                    + " upload the notice as Word, Excel, PDF or text");
        }
        throw new UnreadableDocumentException("the file is an Office package of an unsupported kind ("
                + (mainType.isEmpty() ? "no main document" : mainType) + ")");
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
            throw new UnreadableDocumentException("the Office file looks damaged or incomplete ("
                    + describe(e) + ")", e);
        }
        if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
            throw new UnreadableDocumentException("the Office file is protected by a password;"
                    + " save it without a password and upload it again");
        }
        if (entries.contains("WordDocument")) {
            return Format.DOC;
        }
        if (entries.contains("Workbook") || entries.contains("WORKBOOK") || entries.contains("Book")) {
            return Format.XLS;
        }
        if (entries.contains("PowerPoint Document")) {
            throw new UnreadableDocumentException("the file is a PowerPoint presentation, which is not supported;"
                    + " upload the notice as Word, Excel, PDF or text");
        }
        throw new UnreadableDocumentException("the file is an old-style Office file of an unsupported kind");
    }

    private static String unsupported(MediaType type) {
        String kind = switch (type.getType()) {
            case "image" -> "an image (" + type.getSubtype() + "); a scanned notice needs text recognition (OCR)"
                    + " first, or upload the original Word, PDF or text file";
            case "audio", "video" -> "a " + type.getType() + " file, not a document";
            default -> switch (type.getBaseType().toString()) {
                case "application/rtf" -> "an RTF document, which is not supported; save it as .docx";
                case "application/x-rar-compressed", "application/x-7z-compressed", "application/gzip",
                     "application/x-tar", "application/x-bzip2" -> "a compressed archive; unpack it and upload"
                        + " the document itself";
                case "application/x-msdownload", "application/x-executable", "application/x-sharedlib",
                     "application/x-elf", "application/x-dosexec", "application/java-vm" -> "a program, not a document";
                default -> "of type " + type.getBaseType() + ", which is not a supported document";
            };
        };
        return "the file is " + kind + " (supported: text, .docx, .doc, .xlsx, .xls, .html, .pdf)";
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The formats RespNet reads, with the words a message uses for each. */
    enum Format {
        TEXT("text file"), HTML("web page"), PDF("PDF"), DOCX("Word document"), DOC("Word document"),
        XLSX("Excel workbook"), XLS("Excel workbook");

        final String label;

        Format(String label) {
            this.label = label;
        }
    }
}
