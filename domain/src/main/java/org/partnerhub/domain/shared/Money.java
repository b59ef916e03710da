package org.partnerhub.domain.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts are kept in fen (分, integer); people read them in yuan with two decimals. */
public final class Money {

    /** The largest amount anyone may enter: one billion yuan. */
    public static final long MAX_FEN = 100_000_000_000L;

    private Money() {}

    /** {@code 123456} → {@code "1,234.56"}. */
    public static String yuan(long fen) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(fen, 2));
    }
}
