package org.respnet.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinInitialsTests {

    @Test
    void spellsTheInitialsOfAUnitName() {
        assertThat(PinyinInitials.of("市发改委").primary()).isEqualTo("sfgw");
    }

    @Test
    void matchesInitialsTypedWithoutTheLeadingCityCharacter() {
        assertThat(PinyinInitials.of("市发改委").indexOf("fgw")).isEqualTo(1);
        assertThat(PinyinInitials.of("市发改委").indexOf("FGW")).isEqualTo(1);
        assertThat(PinyinInitials.of("市住建局").indexOf("fgw")).isEqualTo(-1);
    }

    @Test
    void acceptsEitherReadingOfAPolyphone() {
        // 行 reads háng (银行) or xíng; a clerk may type either initial.
        assertThat(PinyinInitials.of("在随各家商业银行").indexOf("yh")).isGreaterThanOrEqualTo(0);
        assertThat(PinyinInitials.of("在随各家商业银行").indexOf("yx")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void skipsBracketsAndKeepsLatinLetters() {
        assertThat(PinyinInitials.of("市发改委（市营商环境办）").primary()).isEqualTo("sfgwsyshjb");
        assertThat(PinyinInitials.of("PPP项目").primary()).isEqualTo("pppxm");
    }
}
