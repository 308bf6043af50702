/* TRUTH: racy — the config path writes cfg.raw under cfg_lock while the irq path writes cfg.bits.mask (same bytes of the union) under irq_lock */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

union ctrl_reg {
    uint32_t raw;
    struct { uint16_t mask; uint16_t mode; } bits;
};

struct adc_dev {
    pthread_mutex_t cfg_lock;
    pthread_mutex_t irq_lock;
    union ctrl_reg ctrl;
    unsigned samples;
};

static struct adc_dev adc = {
    .cfg_lock = PTHREAD_MUTEX_INITIALIZER,
    .irq_lock = PTHREAD_MUTEX_INITIALIZER,
};

static void adc_set_config(struct adc_dev *d, uint32_t v) {
    pthread_mutex_lock(&d->cfg_lock);
    d->ctrl.raw = v;
    pthread_mutex_unlock(&d->cfg_lock);
}

static void adc_irq(struct adc_dev *d) {
    pthread_mutex_lock(&d->irq_lock);
    d->samples++;
    d->ctrl.bits.mask = 0;            /* mask further interrupts */
    pthread_mutex_unlock(&d->irq_lock);
}

static void *cfg_thread(void *a) { for (int i = 0; i < 10; i++) { adc_set_config(a, 0x00010003u + (uint32_t)i); usleep(80); } return NULL; }
static void *irq_thread(void *a) { for (int i = 0; i < 10; i++) { adc_irq(a); usleep(80); } return NULL; }

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, cfg_thread, &adc);
    pthread_create(&b, NULL, irq_thread, &adc);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%x %u\n", adc.ctrl.raw, adc.samples);
    return 0;
}
