package org.respnet.ingest.extract;

import org.respnet.ingest.TextDecoder;

/** Plain text: one paragraph per non-blank line, each keeping the file's own line number. */
final class TextReader {

    private TextReader() {
    }

    static SourceDocument read(byte[] bytes) throws UnreadableDocumentException {
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes);
        } catch (TextDecoder.UndecodableException e) {
            throw new UnreadableDocumentException("不是支持的文档：" + e.getMessage(), e);
        }
        BlockCollector out = new BlockCollector();
        String[] lines = decoded.text().split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.paragraphAt(lines[i], i + 1);
        }
        return out.document("text/" + decoded.charset());
    }
}
