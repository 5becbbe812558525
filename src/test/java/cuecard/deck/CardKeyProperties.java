package cuecard.deck;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** Keys order as their text does, and are equal exactly when their text is. */
class CardKeyProperties {

    @Property
    void ordersAsItsText(@ForAll @StringLength(min = 1, max = 6) @CharRange(from = '+', to = 'z') String d1,
                         @ForAll @StringLength(min = 1, max = 6) @CharRange(from = '+', to = 'z') String c1,
                         @ForAll @StringLength(min = 1, max = 6) @CharRange(from = '+', to = 'z') String d2,
                         @ForAll @StringLength(min = 1, max = 6) @CharRange(from = '+', to = 'z') String c2) {
        CardKey a = new CardKey(d1, c1);
        CardKey b = new CardKey(d2, c2);
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
        assertThat(a.equals(b)).isEqualTo(d1.equals(d2) && c1.equals(c2));
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
            assertThat(a.compareTo(b)).isZero();
        }
    }

    @Property
    void aDeckIdThatIsAPrefixOfAnotherSortsByTheSlash(@ForAll @StringLength(min = 1, max = 4) @CharRange(from = 'a', to = 'c') String d) {
        CardKey plain = new CardKey(d, "x");
        CardKey longer = new CardKey(d + "-b", "y");
        assertThat(plain.compareTo(longer)).isPositive(); // '/' sorts after '-'
        assertThat(longer.compareTo(plain)).isNegative();
    }
}
