package org.partnerhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    private static final byte[] PNG_SIGNATURE = bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aPdfIsRecognisedByItsHeader() {
        assertThat(DocumentType.detect(ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"))).contains(DocumentType.PDF);
        assertThat(DocumentType.detect(ascii("%PDF-"))).contains(DocumentType.PDF);
    }

    @Test
    void aJpegIsRecognisedByItsStartOfImageMarker() {
        assertThat(DocumentType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00)))
                .contains(DocumentType.JPEG);
        assertThat(DocumentType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x18, 'E', 'x', 'i', 'f')))
                .contains(DocumentType.JPEG);
    }

    @Test
    void aPngIsRecognisedByItsEightByteSignature() {
        byte[] png = Arrays.copyOf(PNG_SIGNATURE, 16);
        png[11] = 0x0D;
        png[12] = 'I';
        png[13] = 'H';
        png[14] = 'D';
        png[15] = 'R';
        assertThat(DocumentType.detect(png)).contains(DocumentType.PNG);
        assertThat(DocumentType.detect(PNG_SIGNATURE)).contains(DocumentType.PNG);
    }

    @Test
    void aTextFileRenamedToPdfIsNotADocument() {
        assertThat(DocumentType.detect(ascii("hello"))).isEmpty();
    }

    @Test
    void nothingAndEmptyContentAreNotDocuments() {
        assertThat(DocumentType.detect(null)).isEmpty();
        assertThat(DocumentType.detect(new byte[0])).isEmpty();
    }

    @Test
    void aTruncatedSignatureIsNotEnough() {
        assertThat(DocumentType.detect(Arrays.copyOf(PNG_SIGNATURE, 7))).isEmpty();
        assertThat(DocumentType.detect(bytes(0x89))).isEmpty();
        assertThat(DocumentType.detect(bytes(0xFF, 0xD8))).isEmpty();
        assertThat(DocumentType.detect(ascii("%PDF"))).isEmpty();
    }

    @Test
    void aSignatureWithOneWrongByteIsRefused() {
        byte[] png = PNG_SIGNATURE.clone();
        png[7] = 0x0B;
        assertThat(DocumentType.detect(png)).isEmpty();
        assertThat(DocumentType.detect(ascii("%PDF 1.7"))).isEmpty();
        assertThat(DocumentType.detect(ascii("%pdf-1.7"))).isEmpty();
        assertThat(DocumentType.detect(bytes(0xFF, 0xD9, 0xFF, 0xE0))).isEmpty();
    }

    @Test
    void otherFormatsAreNotAccepted() {
        assertThat(DocumentType.detect(ascii("GIF89a\u0001\u0000\u0001\u0000"))).isEmpty();
        assertThat(DocumentType.detect(ascii("GIF87a"))).isEmpty();
        assertThat(DocumentType.detect(bytes('P', 'K', 0x03, 0x04, 0x14, 0x00))).isEmpty();
        assertThat(DocumentType.detect(bytes(0xEF, 0xBB, 0xBF, '%', 'P', 'D', 'F', '-'))).isEmpty();
    }

    @Test
    void theSignatureMustBeAtTheVeryStart() {
        assertThat(DocumentType.detect(ascii(" %PDF-1.7"))).isEmpty();
        byte[] shifted = new byte[9];
        System.arraycopy(PNG_SIGNATURE, 0, shifted, 1, 8);
        assertThat(DocumentType.detect(shifted)).isEmpty();
    }

    @Test
    void aMediaTypeNamesItsDocumentType() {
        assertThat(DocumentType.fromMediaType("application/pdf")).contains(DocumentType.PDF);
        assertThat(DocumentType.fromMediaType("image/jpeg")).contains(DocumentType.JPEG);
        assertThat(DocumentType.fromMediaType("image/png")).contains(DocumentType.PNG);
    }

    @Test
    void anUnknownOrMissingMediaTypeNamesNothing() {
        assertThat(DocumentType.fromMediaType("image/gif")).isEmpty();
        assertThat(DocumentType.fromMediaType("image/jpg")).isEmpty();
        assertThat(DocumentType.fromMediaType("text/plain")).isEmpty();
        assertThat(DocumentType.fromMediaType("")).isEmpty();
        assertThat(DocumentType.fromMediaType(null)).isEmpty();
    }

    @Test
    void eachTypeKnowsItsMediaTypeAndExtension() {
        assertThat(DocumentType.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(DocumentType.PDF.extension()).isEqualTo("pdf");
        assertThat(DocumentType.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(DocumentType.JPEG.extension()).isEqualTo("jpg");
        assertThat(DocumentType.PNG.mediaType()).isEqualTo("image/png");
        assertThat(DocumentType.PNG.extension()).isEqualTo("png");
        for (DocumentType type : DocumentType.values()) {
            assertThat(DocumentType.fromMediaType(type.mediaType())).contains(type);
        }
    }

    @Test
    void theLimitIsTenMebibytes() {
        assertThat(DocumentType.MAX_BYTES).isEqualTo(10_485_760L);
    }
}
