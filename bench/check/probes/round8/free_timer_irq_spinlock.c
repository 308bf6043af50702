/* TRUTH: free. The timer "interrupt" thread and the process thread both update the tick state under the device spinlock. */
#include <pthread.h>

typedef struct {
    pthread_spinlock_t lock;
    volatile int pending;
    long jiffies;
    int enabled;
} timer_dev_t;

static timer_dev_t tdev;

static void timer_isr(timer_dev_t *d)
{
    pthread_spin_lock(&d->lock);
    if (d->enabled) {
        d->pending++;
        d->jiffies++;
    }
    pthread_spin_unlock(&d->lock);
}

static int take_pending(timer_dev_t *d)
{
    int p;
    pthread_spin_lock(&d->lock);
    p = d->pending;
    d->pending = 0;
    pthread_spin_unlock(&d->lock);
    return p;
}

static void *irq_line(void *arg)
{
    timer_dev_t *d = arg;
    for (int i = 0; i < 1000; i++)
        timer_isr(d);
    return NULL;
}

static void *process(void *arg)
{
    timer_dev_t *d = arg;
    long handled = 0;
    for (int i = 0; i < 100; i++)
        handled += take_pending(d);
    return (void *)handled;
}

int main(void)
{
    pthread_t irq, proc;
    pthread_spin_init(&tdev.lock, PTHREAD_PROCESS_PRIVATE);
    tdev.enabled = 1;
    pthread_create(&irq, NULL, irq_line, &tdev);
    pthread_create(&proc, NULL, process, &tdev);
    pthread_join(irq, NULL);
    pthread_join(proc, NULL);
    pthread_spin_destroy(&tdev.lock);
    return tdev.jiffies != 1000;
}
