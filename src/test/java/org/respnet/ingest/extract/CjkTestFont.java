package org.respnet.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK TrueType font the test PDFs are printed in, kept in the repository so no test depends on a
 * font installed on the machine: WenQuanYi Micro Hei (Apache-2.0) cut down to GB 2312 and every other
 * character of the repository's texts ({@code src/test/resources/fonts/README.md}). {@link #main}
 * makes it again from Debian's {@code fonts-wqy-microhei}.
 */
public final class CjkTestFont {

    /** On the test classpath. */
    static final String RESOURCE = "/fonts/wqy-microhei-subset.ttf";

    /** The folders whose texts the font must be able to print, from the repository's root. */
    private static final Set<String> TEXT_FOLDERS = Set.of("import", "src/test/resources", "src/test/java");

    private CjkTestFont() {
    }

    /** The font loaded into {@code doc}, to be embedded as a subset of the glyphs shown. */
    public static PDType0Font load(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(Bytes.FONT), true);
    }

    /** Read once, on first use (not when {@link #main} makes the file). */
    private static final class Bytes {
        static final byte[] FONT = read();
    }

    private static byte[] read() {
        try (InputStream in = CjkTestFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the font again, run from the repository's root:
     * {@code java -cp ... org.respnet.ingest.extract.CjkTestFont SOURCE.ttc src/test/resources/fonts/wqy-microhei-subset.ttf}
     * with SOURCE the {@code wqy-microhei.ttc} of Debian's fonts-wqy-microhei (README beside the font).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CjkTestFont SOURCE.ttc TARGET.ttf");
        }
        Set<Integer> wanted = wantedCodePoints();
        try (TrueTypeCollection collection = new TrueTypeCollection(Path.of(args[0]).toFile())) {
            TrueTypeFont font = proportional(collection);
            TTFSubsetter subsetter = new TTFSubsetter(font);
            Set<Integer> kept = new TreeSet<>();
            for (int cp : wanted) {
                if (font.getUnicodeCmapLookup().getGlyphId(cp) != 0) {
                    kept.add(cp);
                }
            }
            subsetter.addAll(kept);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            subsetter.writeToStream(bytes);
            try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
                bytes.writeTo(out);
            }
            System.out.printf("%s: %d of %d characters wanted (%d bytes)%n", args[1], kept.size(), wanted.size(), bytes.size());
        }
    }

    /** Printable ASCII and Latin-1, GB 2312 with its symbols, and every character of the repository's texts. */
    private static Set<Integer> wantedCodePoints() throws IOException {
        Set<Integer> wanted = new TreeSet<>();
        for (int cp = 0x20; cp <= 0xFF; cp++) {
            if (cp < 0x7F || cp >= 0xA0) {
                wanted.add(cp);
            }
        }
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c) && gb2312.canEncode(c)) {
                wanted.add((int) c);
            }
        }
        for (String folder : TEXT_FOLDERS) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    try {
                        String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                        text.codePoints().filter(cp -> cp >= 0x20).forEach(wanted::add);
                    } catch (CharacterCodingException notText) {
                        // A Word file or an image: no text to print.
                    }
                }
            }
        }
        return wanted;
    }

    /** The collection holds Micro Hei and Micro Hei Mono; documents are printed in the proportional one. */
    private static TrueTypeFont proportional(TrueTypeCollection collection) throws IOException {
        AtomicReference<TrueTypeFont> proportional = new AtomicReference<>();
        collection.processAllFonts(font -> {
            if (proportional.get() == null && !font.getName().contains("Mono")) {
                proportional.set(font);
            }
        });
        return proportional.get();
    }
}
