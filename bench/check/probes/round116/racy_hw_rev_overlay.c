/* TRUTH: racy — the register window is viewed as struct regs_v2 in the irq handler (which updates status under hw_lock) but as struct regs_v1 in the legacy polling path, which reads the same status word (common initial sequence) with no lock */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct regs_v1 { uint32_t ctrl; uint32_t status; };
struct regs_v2 { uint32_t ctrl; uint32_t status; uint32_t ext_status; uint32_t irq_mask; };
union chip_regs { struct regs_v1 v1; struct regs_v2 v2; };

struct chip_priv {
    pthread_mutex_t hw_lock;
    union chip_regs *base;    /* ioremap()ed register window */
    int rev;
    unsigned polls;
};

static union chip_regs fake_mmio;          /* the "hardware" */
static struct chip_priv chip = { .hw_lock = PTHREAD_MUTEX_INITIALIZER };

static void chip_irq(struct chip_priv *c) {
    struct regs_v2 *r = &c->base->v2;
    pthread_mutex_lock(&c->hw_lock);
    r->status = (r->status + 1) & 0xff;
    r->ext_status = 0;
    pthread_mutex_unlock(&c->hw_lock);
}

static int chip_poll_ready(struct chip_priv *c) {
    /* legacy poll helper, written for rev 1 parts */
    struct regs_v1 *r = &c->base->v1;
    return (int)(r->status & 1);
}

static void *irq_thread(void *a) { for (int i = 0; i < 30; i++) { chip_irq(a); usleep(15); } return NULL; }
static void *poll_thread(void *a) {
    struct chip_priv *c = a;
    int ready = 0;
    for (int i = 0; i < 30; i++) { ready += chip_poll_ready(c); usleep(15); }
    c->polls = (unsigned)ready;
    return NULL;
}

int main(void) {
    pthread_t i, p;
    chip.base = &fake_mmio;
    chip.rev = 2;
    pthread_create(&i, NULL, irq_thread, &chip);
    pthread_create(&p, NULL, poll_thread, &chip);
    pthread_join(i, NULL);
    pthread_join(p, NULL);
    printf("%u %u\n", fake_mmio.v2.status, chip.polls);
    return 0;
}
