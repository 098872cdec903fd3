package com.brokercrm.profiling;

import com.brokercrm.analytics.model.RiskModel;
import com.brokercrm.profiling.ClientProfile.Driver;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a profile in plain words: tag names and driver sentences from messages*.properties. A tag or
 * driver key the messages do not know yet (a model newer than the UI) shows under its raw code rather
 * than breaking the page.
 */
@Component
public class ProfileTexts {

    public static final String HABIT = "profile.habit.";
    public static final String NEED = "profile.need.";
    public static final String DRIVER = "profile.driver.";

    private final MessageSource messages;

    public ProfileTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** A tag with its name and the reasons it was given. */
    public record TagView(String code, String label, List<String> reasons) {}

    /** What the 360 view's profile cards show besides the profile's own figures. */
    public record ProfileView(
            ClientProfile profile,
            List<String> valueReasons,
            List<String> riskReasons,
            String styleNotice,
            List<TagView> habits,
            List<TagView> needs) {

        /** How many reasons a card shows before folding the rest away. */
        public static final int SHOWN_REASONS = 6;

        /**
         * The value percentile as 0-100 (the share of clients this one is worth more than), rounded down to a
         * tenth (the model writes 0-100, docs/models.md).
         */
        public Double percentile() {
            Double v = profile.valuePercentile();
            if (v == null) {
                return null;
            }
            // down to a tenth, so the best client of 50,000 (99.998) reads "more than 99.9%", not "100%"
            return Math.floor(v * 10) / 10;
        }

        /** The risk score bounded to 0-100, for the gauge's width. */
        public double riskWidth() {
            Double v = profile.riskScore();
            return v == null ? 0 : Math.max(0, Math.min(100, v));
        }
    }

    public ProfileView view(ClientProfile profile, Locale locale) {
        List<Driver> risk = profile.drivers().risk();
        // the class's odds first: they sum up what the other reasons add up to
        List<Driver> reasons = java.util.stream.Stream.concat(
                        risk.stream().filter(d -> d.key().equals(RiskModel.CLASS_ODDS)),
                        risk.stream()
                                .filter(d -> !d.key().equals(RiskModel.CLASS_ODDS)
                                        && !d.key().startsWith(RiskModel.TRADES_LIKE)))
                .toList();
        String notice = risk.stream()
                .filter(d -> d.key().startsWith(RiskModel.TRADES_LIKE))
                .map(d -> sentence(d, locale))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        return new ProfileView(
                profile,
                sentences(profile.drivers().value(), locale),
                sentences(reasons, locale),
                notice,
                tags(HABIT, profile.habits(), profile.drivers().habits(), locale),
                tags(NEED, profile.needs(), profile.drivers().needs(), locale));
    }

    public String habit(String tag, Locale locale) {
        return label(HABIT, tag, locale);
    }

    public String need(String tag, Locale locale) {
        return label(NEED, tag, locale);
    }

    /**
     * The driver in words, or its key and values when no message has that key; null for a driver whose
     * value the model could not compute (a message wanting a value, given none), which is left out.
     * The models write keys without the {@code profile.driver.} prefix; a full message key reads too.
     */
    public String sentence(Driver driver, Locale locale) {
        String code = driver.key().startsWith("profile.") ? driver.key() : DRIVER + driver.key();
        Object[] arguments = driver.arguments().toArray();
        // without arguments the message is its pattern as written: one lookup says both whether the driver
        // lacks the value its words need and what the words are
        String text = messages.getMessage(code, arguments.length == 0 ? null : arguments, null, locale);
        if (text != null) {
            return arguments.length == 0 && text.contains("{0") ? null : text;
        }
        return arguments.length == 0
                ? driver.key()
                : driver.key() + ": "
                        + driver.arguments().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private List<String> sentences(List<Driver> drivers, Locale locale) {
        return drivers.stream()
                .map(d -> sentence(d, locale))
                .filter(Objects::nonNull)
                .toList();
    }

    private List<TagView> tags(String prefix, List<String> tags, Map<String, List<Driver>> drivers, Locale locale) {
        return tags.stream()
                .map(tag -> new TagView(
                        tag, label(prefix, tag, locale), sentences(drivers.getOrDefault(tag, List.of()), locale)))
                .toList();
    }

    private String label(String prefix, String tag, Locale locale) {
        return messages.getMessage(prefix + tag, null, tag, locale);
    }
}
