/* TRUTH: race-free. A global void * handle points at the struct whose first member is the mutex; one thread locks (pthread_mutex_t *)handle, the other &dev.lock: same mutex guarding dev.regs. */
#include <pthread.h>
#include <stdio.h>

struct device { pthread_mutex_t lock; unsigned regs; };
static struct device dev = { PTHREAD_MUTEX_INITIALIZER, 0 };
static void *handle = &dev;

static void *irq(void *arg)
{
    (void)arg;
    pthread_mutex_lock((pthread_mutex_t *)handle);
    dev.regs |= 1u;
    pthread_mutex_unlock((pthread_mutex_t *)handle);
    return NULL;
}

static void *poll_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&dev.lock);
    dev.regs &= ~2u;
    pthread_mutex_unlock(&dev.lock);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, irq, NULL);
    pthread_create(&b, NULL, poll_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u\n", dev.regs);
    return 0;
}
