/* TRUTH: race-free. dev_lock(void *) locks the device's first member (its mutex); the poller thread uses dev_lock(&dev) and main uses pthread_mutex_lock(&dev.mu) around dev.irq_count: one mutex. */
#include <pthread.h>
#include <stdio.h>

struct device {
    pthread_mutex_t mu; /* first member: dev_lock() depends on it */
    unsigned irq_count;
    int online;
};

static struct device dev = {PTHREAD_MUTEX_INITIALIZER, 0, 1};

static void dev_lock(void *d) { pthread_mutex_lock(d); }
static void dev_unlock(void *d) { pthread_mutex_unlock(d); }

static void *poller(void *arg)
{
    (void)arg;
    dev_lock(&dev);
    dev.irq_count++;
    dev_unlock(&dev);
    return NULL;
}

int main(void)
{
    pthread_t p;
    pthread_create(&p, NULL, poller, NULL);
    pthread_mutex_lock(&dev.mu);
    dev.irq_count += 10;
    pthread_mutex_unlock(&dev.mu);
    pthread_join(p, NULL);
    printf("%u %d\n", dev.irq_count, dev.online);
    return 0;
}
