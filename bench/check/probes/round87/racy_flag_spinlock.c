/* racy_flag_spinlock.c: RACY. my_isr assumes "irqs are already off in the handler" and skips spin_lock, so its
 * updates of rx_count/rx_bytes race with the locked reads in my_read_stats. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <sys/types.h>
#include <sched.h>

typedef struct {
    atomic_flag flag;
} spinlock_t;

static void spin_lock_init(spinlock_t *l)
{
    atomic_flag_clear(&l->flag);
}

static void spin_lock(spinlock_t *l)
{
    while (atomic_flag_test_and_set_explicit(&l->flag, memory_order_acquire))
        sched_yield();
}

static void spin_unlock(spinlock_t *l)
{
    atomic_flag_clear_explicit(&l->flag, memory_order_release);
}

struct net_dev {
    spinlock_t lock;
    unsigned long rx_count;
    unsigned long rx_bytes;
    int last_rx;
    int irq;
};

typedef int (*irq_handler_t)(int irq, void *dev_id);

struct irq_desc {
    int irq;
    irq_handler_t handler;
    void *dev_id;
};

static int my_isr(int irq, void *dev_id)
{
    struct net_dev *nd = dev_id;
    nd->rx_count++;
    nd->rx_bytes += 64;
    nd->last_rx = irq;
    return 1;
}

static ssize_t my_read_stats(struct net_dev *nd, unsigned long *count, unsigned long *bytes)
{
    spin_lock(&nd->lock);
    *count = nd->rx_count;
    *bytes = nd->rx_bytes;
    spin_unlock(&nd->lock);
    return 2;
}

static void *irq_line(void *arg)
{
    struct irq_desc *desc = arg;
    int i;
    for (i = 0; i < 400; i++)
        desc->handler(desc->irq, desc->dev_id);
    return NULL;
}

static void *stats_reader(void *arg)
{
    struct net_dev *nd = arg;
    unsigned long c = 0, b = 0, sum = 0;
    int i;
    for (i = 0; i < 400; i++) {
        my_read_stats(nd, &c, &b);
        sum += c + b;
    }
    return (void *)sum;
}

int main(void)
{
    static struct net_dev nd;
    struct irq_desc desc;
    pthread_t ti, tr;

    spin_lock_init(&nd.lock);
    nd.irq = 11;
    desc.irq = nd.irq;
    desc.handler = my_isr;
    desc.dev_id = &nd;

    pthread_create(&ti, NULL, irq_line, &desc);
    pthread_create(&tr, NULL, stats_reader, &nd);
    pthread_join(ti, NULL);
    pthread_join(tr, NULL);
    printf("rx=%lu bytes=%lu last=%d\n", nd.rx_count, nd.rx_bytes, nd.last_rx);
    return 0;
}
