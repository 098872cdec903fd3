package com.brokercrm.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.profiling.ClientProfile.Driver;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Driver sentences from the application's own messages, in both languages. */
class ProfileTextsTest {

    private final ProfileTexts texts = new ProfileTexts(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void aTradingStyleAlmostCertainFromBehaviourAloneIsNotCalledCertain() {
        Driver sure = new Driver("tradesLike.RISK_SEEKING", List.of(0.999));
        Driver likely = new Driver("tradesLike.CONSERVATIVE", List.of(0.84));
        assertThat(texts.sentence(sure, Locale.SIMPLIFIED_CHINESE))
                .startsWith("单看交易行为，最像风险偏好型的做法（可能性 超过 99%）")
                .doesNotContain("100%");
        assertThat(texts.sentence(sure, Locale.ENGLISH))
                .startsWith("Trading alone looks most like the risk-seeking style (over 99% from behaviour alone)");
        assertThat(texts.sentence(likely, Locale.SIMPLIFIED_CHINESE)).contains("最像风险保守型的做法（可能性 84%）");
        assertThat(texts.sentence(likely, Locale.ENGLISH))
                .contains("the conservative style (84% from behaviour alone)");
    }

    @Test
    void theBoardPicksListEveryBoardAndTheirTotal() {
        // main, STAR, ChiNext, BSE, ST, ETF, product, total
        Driver picks = new Driver("boardPicks", List.of(3, 0, 12, 0, 2, 1, 0, 18));
        assertThat(texts.sentence(picks, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("近一年选股 18 次（买入，加上一年前已持有的）：主板 3、科创板 0、创业板 12、北交所 0、ST 2、ETF 1、基金债券理财 0");
        assertThat(texts.sentence(picks, Locale.ENGLISH))
                .isEqualTo("Picks over the year (buys, and positions already held a year ago): 18 \u2014 main board 3,"
                        + " STAR 0, ChiNext 12, BSE 0, ST 2, ETF 1, funds/bonds/WMPs 0");
    }
}
