/* TRUTH: free. the ops table is registered before the threads start; both the ioctl and irq paths call into the driver with dev->lock held, and regs are only touched there. */
#include <pthread.h>
#include <stdio.h>
struct device;
struct dev_ops {
    int (*read)(struct device *d);
    void (*write)(struct device *d, int v);
};
struct device {
    pthread_mutex_t lock;
    int regs[4];
    int irq_count;
    const struct dev_ops *ops;
};

static int uart_read(struct device *d) { return d->regs[0]; }
static void uart_write(struct device *d, int v) { d->regs[1] = v; d->regs[0] = v & 0xff; }
static const struct dev_ops uart_ops = { uart_read, uart_write };
static struct device uart = { PTHREAD_MUTEX_INITIALIZER, {0}, 0, NULL };

static void *ioctl_thread(void *p)
{
    struct device *d = p;
    for (int i = 0; i < 3; i++) {
        pthread_mutex_lock(&d->lock);
        d->ops->write(d, i);
        pthread_mutex_unlock(&d->lock);
    }
    return NULL;
}

static void *irq_thread(void *p)
{
    struct device *d = p;
    pthread_mutex_lock(&d->lock);
    d->irq_count++;
    (void)d->ops->read(d);
    pthread_mutex_unlock(&d->lock);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    uart.ops = &uart_ops;
    pthread_create(&a, NULL, ioctl_thread, &uart);
    pthread_create(&b, NULL, irq_thread, &uart);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", uart.irq_count, uart.regs[0]);
    return 0;
}
