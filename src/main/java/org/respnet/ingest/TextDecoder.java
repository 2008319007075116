package org.respnet.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns uploaded bytes into text: UTF-8 with or without a byte-order mark, else GB18030 (a superset
 * of GBK and GB2312), told apart by strict decoding rather than by file name. Binary input is refused.
 */
public final class TextDecoder {

    /** The decoded text and the charset it was found to be in. */
    public record Decoded(String text, String charset) {
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** More control characters than this share of the text means it is not a document. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    /** The text, or a problem saying why these bytes are not a text document. */
    public static Decoded decode(byte[] bytes) throws UndecodableException {
        if (startsWith(bytes, UTF8_BOM)) {
            return checked(strict(bytes, 3, StandardCharsets.UTF_8)
                    .orElseThrow(() -> new UndecodableException("文件开头标明是UTF-8编码，内容却不是有效的UTF-8："
                            + "请另存为UTF-8或GBK编码的文本再导入")), "UTF-8");
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return checked(utf8.get(), "UTF-8");
        }
        return checked(strict(bytes, 0, GB18030)
                .orElseThrow(() -> new UndecodableException("文件既不是UTF-8也不是GB18030/GBK编码的文本："
                        + "请另存为UTF-8编码的文本，或直接导入Word、Excel、网页或PDF文件")), "GB18030");
    }

    private static Decoded checked(String text, String charset) throws UndecodableException {
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        if (controls > 0 && (text.indexOf('\0') >= 0 || controls > text.length() * MAX_CONTROL_SHARE)) {
            throw new UndecodableException("文件像是二进制文件（有" + controls
                    + "个控制字符），不是文本：请导入Word、Excel、网页、PDF或文本格式的通知");
        }
        return new Decoded(text, charset);
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Bytes that are not a text document. */
    public static final class UndecodableException extends Exception {
        public UndecodableException(String message) {
            super(message);
        }
    }
}
