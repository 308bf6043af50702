/* TRUTH: racy — the hard-irq handler advances dev->rx_head under irq_lock while the rx tasklet consumes and resets it under dev->lock */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

typedef struct { pthread_mutex_t m; } spinlock_t;
#define DEFINE_SPINLOCK(x) spinlock_t x = { PTHREAD_MUTEX_INITIALIZER }
#define spin_lock_irqsave(l, f)      do { (f) = 0; pthread_mutex_lock(&(l)->m); } while (0)
#define spin_unlock_irqrestore(l, f) do { (void)(f); pthread_mutex_unlock(&(l)->m); } while (0)
#define spin_lock_bh(l)              pthread_mutex_lock(&(l)->m)
#define spin_unlock_bh(l)            pthread_mutex_unlock(&(l)->m)

struct tasklet_struct { void (*func)(unsigned long); unsigned long data; };

struct can_dev {
    spinlock_t lock;
    spinlock_t irq_lock;
    unsigned rx_head;
    unsigned rx_tail;
    unsigned frames[16];
    struct tasklet_struct rx_tasklet;
};

static struct can_dev cdev = {
    .lock = { PTHREAD_MUTEX_INITIALIZER },
    .irq_lock = { PTHREAD_MUTEX_INITIALIZER },
};

static void can_isr(struct can_dev *d) {
    unsigned long flags;
    spin_lock_irqsave(&d->irq_lock, flags);
    d->frames[d->rx_head & 15] = 0xabc;
    d->rx_head++;
    spin_unlock_irqrestore(&d->irq_lock, flags);
}

static void can_rx_tasklet(unsigned long data) {
    struct can_dev *d = (struct can_dev *)data;
    spin_lock_bh(&d->lock);
    while (d->rx_tail != d->rx_head) d->rx_tail++;
    if (d->rx_tail > 8) { d->rx_head = 0; d->rx_tail = 0; }
    spin_unlock_bh(&d->lock);
}

static void *hardirq(void *a) { for (int i = 0; i < 20; i++) { can_isr(a); usleep(30); } return NULL; }
static void *softirq(void *a) {
    struct can_dev *d = a;
    for (int i = 0; i < 20; i++) { d->rx_tasklet.func(d->rx_tasklet.data); usleep(30); }
    return NULL;
}

int main(void) {
    pthread_t h, s;
    cdev.rx_tasklet.func = can_rx_tasklet;
    cdev.rx_tasklet.data = (unsigned long)&cdev;
    pthread_create(&h, NULL, hardirq, &cdev);
    pthread_create(&s, NULL, softirq, &cdev);
    pthread_join(h, NULL);
    pthread_join(s, NULL);
    printf("%u %u\n", cdev.rx_head, cdev.rx_tail);
    return 0;
}
