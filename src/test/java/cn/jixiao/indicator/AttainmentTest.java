package cn.jixiao.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** met() and suggestedScore() against the self-evaluation rule of domain.md. */
class AttainmentTest {

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥95%            | 96%          | MET
            ≥95%            | 95%          | MET
            ≥95%            | 94%          | NOT_MET
            ≥95%            | 96           | MET
            ≥95(%)          | 96.5%        | MET
            >95%            | 95%          | NOT_MET
            ≤1000.00(元/次) | 980元/次     | MET
            ≤1000.00(元/次) | 1200元/次    | NOT_MET
            <5.00(%)        | 5%           | NOT_MET
            =100%           | 100.00%      | MET
            =100%           | 99%          | NOT_MET
            33 家           | 35家         | MET
            33 家           | 30 家        | NOT_MET
            24小时          | 12小时       | MET
            0               | 0            | MET
            完成率 100%     | 完成率 100%  | MET
            完成率 100%     | 90%          | NOT_MET
            每年2次         | 2次/年       | MET
            ≥10次           | 12人         | UNKNOWN
            ≥95%            | 已完成       | MET
            ≥95%            | 未完成       | NOT_MET
            ≥95%            | 良好         | UNKNOWN
            及时            | 及时         | MET
            及时            | 已及时完成   | MET
            及时            | 不及时       | UNKNOWN
            及时            | 达到         | MET
            及时            | 是           | MET
            及时            | 完成         | MET
            及时            | 基本完成     | UNKNOWN
            及时            | 未完成       | NOT_MET
            及时            | 100%         | UNKNOWN
            不超预算        | 未超预算     | UNKNOWN
            提升            | 有所下降     | UNKNOWN
            11月底前完成    | 已完成       | MET
            *               | 100%         | UNKNOWN
            ≥95%            | /            | UNKNOWN
            18-70岁本镇妇女  | 18-70岁本镇妇女 | UNKNOWN
            """)
    void met(String target, String actual, Verdict expected) {
        assertEquals(expected, Attainment.met(IndicatorValues.parse(target), IndicatorValues.parse(actual)));
    }

    @ParameterizedTest(name = "{0} vs {1} of {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥95%        | 96%       | 10 | 10.00
            完成率 100% | 90%       | 15 | 13.50
            ≥90%        | 60%       | 10 | 6.67
            ≤1000元/次  | 1250元/次 | 10 | 8.00
            <5%         | 10%       | 10 | 5.00
            =100%       | 110%      | 10 | 9.09
            =100%       | 80%       | 10 | 8.00
            >95%        | 95%       | 10 | 10.00
            ≥20次       | 0次       | 5  | 0.00
            ≤0元        | 5元       | 5  | 0.00
            及时        | 已完成    | 5  | 5.00
            """)
    void suggestedScore(String target, String actual, String points, String score) {
        assertEquals(Optional.of(new BigDecimal(score)), Attainment.suggestedScore(
                IndicatorValues.parse(target), IndicatorValues.parse(actual), new BigDecimal(points)));
    }

    @ParameterizedTest(name = "{0} vs {1} -> no suggestion")
    @CsvSource(delimiter = '|', textBlock = """
            ≥10次  | 12人
            及时   | 不及时
            及时   | 未完成
            XX     | 100%
            """)
    void noSuggestionWithoutArithmetic(String target, String actual) {
        assertEquals(Optional.empty(), Attainment.suggestedScore(
                IndicatorValues.parse(target), IndicatorValues.parse(actual), BigDecimal.TEN));
    }
}
