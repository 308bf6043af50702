/* TRUTH: racy — the debugfs register dump hexdumps the shadow register block byte by byte without the lock while the irq thread updates regs.status under hw_lock */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct shadow_regs {
    uint32_t ctrl;
    uint32_t status;
    uint32_t int_mask;
};

struct gpio_chip_dev {
    pthread_mutex_t hw_lock;
    struct shadow_regs regs;
    unsigned irqs;
};

struct seq_file { void *private; char out[128]; int len; };

static struct gpio_chip_dev gchip = { .hw_lock = PTHREAD_MUTEX_INITIALIZER };

static void seq_hexdump(struct seq_file *s, const void *buf, size_t len) {
    const unsigned char *p = buf;
    for (size_t i = 0; i < len && s->len < 120; i++)
        s->len += snprintf(s->out + s->len, sizeof(s->out) - (size_t)s->len, "%02x", p[i]);
}

static int regs_show(struct seq_file *s) {
    struct gpio_chip_dev *g = s->private;
    s->len = 0;
    seq_hexdump(s, &g->regs, sizeof(g->regs));
    return 0;
}

static void gpio_irq(struct gpio_chip_dev *g, uint32_t pin) {
    pthread_mutex_lock(&g->hw_lock);
    gchip.regs.status |= 1u << pin;
    g->irqs++;
    gchip.regs.status &= ~(1u << pin);
    pthread_mutex_unlock(&g->hw_lock);
}

static void *irq_thread(void *a) { for (uint32_t i = 0; i < 40; i++) { gpio_irq(a, i & 7); usleep(15); } return NULL; }
static void *debugfs_thread(void *a) {
    struct seq_file s = { .private = a };
    long acc = 0;
    for (int i = 0; i < 40; i++) { regs_show(&s); acc += s.out[3]; usleep(15); }
    return (void *)acc;
}

int main(void) {
    pthread_t i, d;
    gchip.regs.ctrl = 0x1;
    gchip.regs.int_mask = 0xff;
    pthread_create(&i, NULL, irq_thread, &gchip);
    pthread_create(&d, NULL, debugfs_thread, &gchip);
    pthread_join(i, NULL);
    pthread_join(d, NULL);
    printf("%u\n", gchip.irqs);
    return 0;
}
