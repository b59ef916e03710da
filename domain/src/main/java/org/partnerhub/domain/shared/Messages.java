package org.partnerhub.domain.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The bundle of rule and validation messages ({@code i18n/errors*.properties}). Chinese is the base bundle; English
 * is the only translation. The JVM's default locale never takes part in the lookup, so a server started with an
 * English default still answers a Chinese reader in Chinese.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.errors";
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = renderArgument(bundle, locale, args[i]);
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(rendered);
    }

    /**
     * Nested messages are rendered in the same language; an enum constant is shown by its bundle entry
     * {@code enum.<Type>.<NAME>} where there is one (so a level reads 街道 or street, not STREET).
     */
    private static Object renderArgument(ResourceBundle bundle, Locale locale, Object arg) {
        if (arg instanceof Message nested) {
            return nested.render(locale);
        }
        if (arg instanceof Enum<?> constant) {
            String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            return bundle.containsKey(key) ? bundle.getString(key) : constant.name();
        }
        return arg;
    }

    /** The English bundle for English readers, the Chinese base bundle for everyone else. */
    public static ResourceBundle bundle(Locale locale) {
        Locale effective = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, effective, Messages.class.getClassLoader(), NO_FALLBACK);
    }
}
