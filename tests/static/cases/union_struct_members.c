// A struct that is a union's member, reached through a pointer to that member (r = &c->base->v2),
// is the union's location: its fields meet those of the union's other struct members at the
// same place (the common initial sequence, regs_v1.status and regs_v2.status), paired by type
// (possible, shown with --type-matches). Before, each was a field of its own struct type, and
// the program was proved race-free.
#include <pthread.h>
#include <stdint.h>

struct regs_v1 { uint32_t ctrl; uint32_t status; };
struct regs_v2 { uint32_t ctrl; uint32_t status; uint32_t ext_status; };
union chip_regs { struct regs_v1 v1; struct regs_v2 v2; };
struct chip { pthread_mutex_t lock; union chip_regs *base; };

static union chip_regs mmio;
static struct chip chip = { PTHREAD_MUTEX_INITIALIZER, 0 };

static void *irq(void *a)
{
    struct chip *c = a;
    struct regs_v2 *r = &c->base->v2;
    pthread_mutex_lock(&c->lock);
    r->status = r->status + 1; // RACE (possible)
    pthread_mutex_unlock(&c->lock);
    return NULL;
}

static void *poll(void *a)
{
    struct chip *c = a;
    struct regs_v1 *r = &c->base->v1;
    return (void *)(long)(r->status & 1); // RACE (possible)
}

int main(void)
{
    pthread_t i, p;
    chip.base = &mmio;
    pthread_create(&i, NULL, irq, &chip);
    pthread_create(&p, NULL, poll, &chip);
    pthread_join(i, NULL);
    pthread_join(p, NULL);
    return 0;
}
