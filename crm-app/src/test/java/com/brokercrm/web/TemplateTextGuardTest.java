package com.brokercrm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a user reads comes from messages*.properties: templates hold no text of their own, every
 * message key they name exists, and Chinese and English have the same keys.
 */
class TemplateTextGuardTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path RESOURCES = Path.of("src/main/resources");

    /** A letter in any script (Latin, Han...) between tags. */
    static final Pattern TEXT_NODE = Pattern.compile(">([^<]*\\p{L}[^<]*)<");
    /** Attributes people read, written literally instead of through th:*. */
    static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("\\s(placeholder|title|alt|aria-label)=\"([^\"]*\\p{L}[^\"]*)\"");

    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static String withoutCode(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
                .replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>");
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String html = withoutCode(Files.readString(template, StandardCharsets.UTF_8));
            Matcher text = TEXT_NODE.matcher(html.replaceAll("=\"[^\"]*\"", "=\"\""));
            while (text.find()) {
                problems.add(
                        template.getFileName() + ": text \"" + text.group(1).strip() + "\"");
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                problems.add(template.getFileName() + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theGuardCatchesText() {
        assertThat(TEXT_NODE.matcher(withoutCode("<p>Clients</p>")).find()).isTrue();
        assertThat(TEXT_NODE.matcher(withoutCode("<p>客户</p>")).find()).isTrue();
        assertThat(TEXT_NODE
                        .matcher(withoutCode("<p th:text=\"#{x}\"></p> <span>|</span>"))
                        .find())
                .isFalse();
        assertThat(LITERAL_ATTRIBUTE.matcher("<input placeholder=\"Search\">").find())
                .isTrue();
    }

    @Test
    void everyMessageKeyNamedInATemplateExistsInBothLanguages() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (key.find()) {
                String name = key.group(1);
                if (name.endsWith(".")) {
                    continue; // a key built at run time, e.g. #{'client.status.' + ${status}}
                }
                if (!zh.containsKey(name) || !en.containsKey(name)) {
                    missing.add(template.getFileName() + ": " + name);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
    }

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
