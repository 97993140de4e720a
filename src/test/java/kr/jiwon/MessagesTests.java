package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MessagesTests {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void koreanAndEnglishMessagesHaveTheSameKeys() throws IOException {
        Properties ko = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ko.stringPropertyNames());
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String file : new String[]{"messages.properties", "messages_en.properties"}) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            try (var in = new java.io.BufferedReader(new InputStreamReader(
                    new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().filter(l -> l.contains("=") && !l.startsWith("#"))
                        .map(l -> l.substring(0, l.indexOf('=')).strip())
                        .forEach(k -> assertThat(seen.add(k)).as(file + " defines " + k + " twice").isTrue());
            }
        }
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (String file : new String[]{"messages.properties", "messages_en.properties"}) {
            Properties p = load(file);
            assertThat(p.stringPropertyNames())
                    .allSatisfy(k -> assertThat(p.getProperty(k)).as(file + " " + k).isNotBlank());
        }
    }
}
