package org.respnet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTests {

    private static final String SAMPLE = "89.推进婚俗和殡葬改革，培育文明乡风。〔责任领导：徐锋；牵头单位：市委宣传部（市委文明办）〕";

    @Test
    void decodesUtf8WithoutBom() throws Exception {
        assertThat(TextDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new TextDecoder.Decoded(SAMPLE, "UTF-8"));
    }

    @Test
    void dropsUtf8ByteOrderMark() throws Exception {
        byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(TextDecoder.decode(withBom).text()).isEqualTo(SAMPLE);
    }

    @Test
    void detectsGbkEncodedText() throws Exception {
        assertThat(TextDecoder.decode(SAMPLE.getBytes(Charset.forName("GBK"))))
                .isEqualTo(new TextDecoder.Decoded(SAMPLE, "GB18030"));
    }

    @Test
    void refusesBinary() {
        byte[] binary = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x01, 0x02};
        assertThatThrownBy(() -> TextDecoder.decode(binary)).hasMessageContaining("二进制");
    }
}
