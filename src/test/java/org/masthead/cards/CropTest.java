package org.masthead.cards;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CropTest {
    @Test
    void aWideImageLosesItsSidesAndATallOneItsTopAndBottom() {
        // 1200×630 is 1.905:1: X's 2:1 takes a strip off top and bottom, Facebook's 1.91:1 hardly any.
        assertThat(Crop.centred(1200, 630, 2.0)).isEqualTo(new Crop(0, 15, 1200, 600));
        assertThat(Crop.centred(1200, 630, 1.91)).isEqualTo(new Crop(0, 1, 1200, 628));
        assertThat(Crop.centred(1200, 630, 1.0)).isEqualTo(new Crop(285, 0, 630, 630));
        assertThat(Crop.centred(800, 1200, 2.0)).isEqualTo(new Crop(0, 400, 800, 400));
        assertThat(Crop.centred(1000, 500, 2.0)).isEqualTo(new Crop(0, 0, 1000, 500));
        assertThat(Crop.centred(1000, 500, 1.0).lostShare(1000, 500)).isEqualTo(0.5);
    }
}
