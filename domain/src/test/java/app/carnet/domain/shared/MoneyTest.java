package app.carnet.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Money SIXTY = Money.ofCents(6000);

    @Test
    void sums_shouldBeExactToTheCent() {
        assertEquals(Money.ofCents(6050), SIXTY.plus(Money.ofCents(50)));
        assertEquals(Money.ofCents(5950), SIXTY.minus(Money.ofCents(50)));
        assertEquals(Money.ofCents(-50), Money.ZERO.minus(Money.ofCents(50)));
        // 0.1 + 0.2 is 0.30, not 0.30000000000000004
        assertEquals(Money.ofCents(30), Money.ofCents(10).plus(Money.ofCents(20)));
    }

    @Test
    void times_shouldMultiplyByAQuantityExactly() {
        assertEquals(Money.ofCents(18000), SIXTY.times(3));
        assertEquals(Money.ZERO, SIXTY.times(0));
        assertEquals(Money.ofCents(-6000), SIXTY.times(-1));
    }

    @Test
    void times_shouldRoundAsItIsTold() {
        var rate = new BigDecimal("0.20");
        assertEquals(Money.ofCents(1200), SIXTY.times(rate, RoundingMode.HALF_UP));
        // 10 sessions for 333.33 €, 3 left: 99.999 €
        var share = new BigDecimal("0.3");
        assertEquals(Money.ofCents(10000), Money.ofCents(33333).times(share, RoundingMode.HALF_UP));
        assertEquals(Money.ofCents(9999), Money.ofCents(33333).times(share, RoundingMode.DOWN));
        // half a cent: HALF_EVEN goes to the even cent, HALF_UP away from zero
        assertEquals(Money.ofCents(2), Money.ofCents(5).times(new BigDecimal("0.5"), RoundingMode.HALF_EVEN));
        assertEquals(Money.ofCents(3), Money.ofCents(5).times(new BigDecimal("0.5"), RoundingMode.HALF_UP));
        assertThrows(ArithmeticException.class,
                () -> Money.ofCents(5).times(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
    }

    @Test
    void negate_shouldTurnAnAmountIntoItsRefund() {
        assertEquals(Money.ofCents(-6000), SIXTY.negate());
        assertTrue(SIXTY.negate().isNegative());
        assertFalse(SIXTY.isNegative());
        assertEquals(SIXTY, SIXTY.negate().negate());
        assertTrue(SIXTY.plus(SIXTY.negate()).isZero());
    }

    @Test
    void compare_shouldOrderAmountsWhateverTheirScale() {
        assertTrue(SIXTY.exceeds(Money.ofCents(5999)));
        assertFalse(SIXTY.exceeds(SIXTY));
        assertEquals(0, SIXTY.compareTo(new Money(new BigDecimal("60"))));
        assertTrue(Money.ofCents(-1).compareTo(Money.ZERO) < 0);
    }

    @Test
    void written_shouldFollowTheLanguage() {
        assertEquals("60,00\u00a0€", SIXTY.written(Locale.FRENCH));
        assertEquals("€60.00", SIXTY.written(Locale.ENGLISH));
        assertEquals("-60,00\u00a0€", SIXTY.negate().written(Locale.FRENCH));
    }
}
