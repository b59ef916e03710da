package org.partnerhub.application.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;

class RegionCsvReaderTest {

    private static final String HEADER = "level,code,name_zh,name_en,parent_code,note\n";

    @Test
    void theSeedFileReadsCompletely() throws IOException {
        byte[] seed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RegionSeeder.SEED)) {
            seed = in.readAllBytes();
        }
        List<RegionCsvReader.Row> rows = RegionCsvReader.read(seed, 100);
        assertThat(rows).hasSize(25);
        assertThat(rows).filteredOn(r -> r.level().equals("street")).hasSize(11);
        assertThat(rows.get(0)).isEqualTo(new RegionCsvReader.Row(2, "city", "510100", "成都市", "Chengdu", "", ""));
    }

    @Test
    void rowsRememberTheirLineAcrossQuotedLineBreaksAndBlankLines() {
        String csv = HEADER
                + "city,510100,成都市,Chengdu,,\n"
                + "\n"
                + "district,510108,成华区,Chenghua District,510100,\"two\nlines\"\n"
                + "street,,\"猛追湾街道\",\"Mengzhuiwan, Street\",510108,\n";
        List<RegionCsvReader.Row> rows = RegionCsvReader.read(bytes(csv), 100);
        assertThat(rows).extracting(RegionCsvReader.Row::line).containsExactly(2, 4, 6);
        assertThat(rows.get(1).note()).isEqualTo("two\nlines");
        assertThat(rows.get(2).nameEn()).isEqualTo("Mengzhuiwan, Street");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() {
        String csv = "\uFEFF" + HEADER.replace("\n", "\r\n") + "city,510100,成都市,Chengdu,,\r\n";
        assertThat(RegionCsvReader.read(bytes(csv), 100)).hasSize(1);
    }

    @Test
    void aWrongHeaderIsReportedOnLineOne() {
        assertThatThrownBy(() -> RegionCsvReader.read(bytes("code,name\n510100,成都市\n"), 100))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    FieldError error = e.errors().get(0);
                    assertThat(error.line()).isEqualTo(1);
                    assertThat(error.message().render(Locale.ENGLISH))
                            .isEqualTo("The header line must be: level,code,name_zh,name_en,parent_code,note");
                });
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsNamesItsLine() {
        String csv = HEADER + "city,510100,成都市,Chengdu,,\nstreet,,某街道\n";
        assertThatThrownBy(() -> RegionCsvReader.read(bytes(csv), 100))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).line()).isEqualTo(3));
    }

    @Test
    void emptyFilesTooLargeFilesBrokenQuotesAndBrokenEncodingsAreRefused() {
        assertThatThrownBy(() -> RegionCsvReader.read(bytes(""), 100)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RegionCsvReader.read(bytes(HEADER), 100)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RegionCsvReader.read(bytes(HEADER + "city,1,a,,,\ncity,2,b,,,\n"), 1))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RegionCsvReader.read(bytes(HEADER + "city,510100,\"成都市,,,\n"), 100))
                .isInstanceOf(InvalidInputException.class);
        byte[] gbk = "level,code,name_zh,name_en,parent_code,note\ncity,510100,成都市,,,\n"
                .getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThatThrownBy(() -> RegionCsvReader.read(gbk, 100))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.errors().get(0).message().render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("文件不是有效的 UTF-8 文本"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
