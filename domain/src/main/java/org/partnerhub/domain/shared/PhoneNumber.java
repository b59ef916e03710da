package org.partnerhub.domain.shared;

import java.util.regex.Pattern;

/**
 * A mainland-China phone number: a mobile number ({@code 13800138000}, optionally with {@code +86}) or a landline with
 * its area code ({@code 028-85123456}, optionally with an extension). Lists only ever show {@link #masked()}.
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-\\d{7,8}(-\\d{1,6})?");

    public PhoneNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(Message.of("phone.blank"));
        }
        value = normalise(value);
        if (!MOBILE.matcher(value).matches() && !LANDLINE.matcher(value).matches()) {
            throw new InvalidValueException(Message.of("phone.format"));
        }
    }

    public static PhoneNumber of(String value) {
        return new PhoneNumber(value);
    }

    public boolean isMobile() {
        return MOBILE.matcher(value).matches();
    }

    /** {@code 138****8000} for a mobile, {@code 028-****3456} for a landline. */
    public String masked() {
        if (isMobile()) {
            return value.substring(0, 3) + "****" + value.substring(7);
        }
        int dash = value.indexOf('-');
        String area = value.substring(0, dash);
        String number = value.substring(dash + 1).replaceAll("-.*$", "");
        return area + "-****" + number.substring(number.length() - 4);
    }

    /** Strips spaces, the country code and the separators people type; a landline keeps one dash after the area code. */
    private static String normalise(String raw) {
        String s = raw.strip().replace(" ", "").replace("\u3000", "").replace("（", "(").replace("）", ")");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        }
        s = s.replace("(", "").replace(")", "-");
        if (s.matches("1\\d{2}-?\\d{4}-?\\d{4}")) {
            return s.replace("-", "");
        }
        // a landline typed without the dash: 3-digit area codes start 01 or 02, the others have four digits
        if (s.matches("0\\d{9,11}")) {
            int area = s.startsWith("01") || s.startsWith("02") ? 3 : 4;
            return s.substring(0, area) + "-" + s.substring(area);
        }
        return s;
    }

    @Override
    public String toString() {
        return masked();
    }
}
