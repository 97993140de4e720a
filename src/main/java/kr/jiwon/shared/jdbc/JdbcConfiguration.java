package kr.jiwon.shared.jdbc;

import java.util.List;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;

/** Stores the shared value types in single columns: {@link Won} as bigint, {@link TextList} as text. */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration extends AbstractJdbcConfiguration {

    @Override
    protected List<?> userConverters() {
        return List.of(new WonToLong(), new LongToWon(), new TextListToString(), new StringToTextList());
    }

    @WritingConverter
    static class WonToLong implements Converter<Won, Long> {

        @Override
        public Long convert(Won source) {
            return source.amount();
        }
    }

    @ReadingConverter
    static class LongToWon implements Converter<Long, Won> {

        @Override
        public Won convert(Long source) {
            return Won.of(source);
        }
    }

    @WritingConverter
    static class TextListToString implements Converter<TextList, String> {

        @Override
        public String convert(TextList source) {
            return source.joined();
        }
    }

    @ReadingConverter
    static class StringToTextList implements Converter<String, TextList> {

        @Override
        public TextList convert(String source) {
            return TextList.parse(source);
        }
    }
}
