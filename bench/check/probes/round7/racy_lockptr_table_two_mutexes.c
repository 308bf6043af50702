/* TRUTH: racy. the two lock-table entries point to different mutexes, so the two devices update bus_transfers under different locks. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t lock_a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t lock_b = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *const dev_lock[2] = { &lock_a, &lock_b };
static int bus_transfers;

static void *dev0(void *p)
{
    (void)p;
    pthread_mutex_lock(dev_lock[0]);
    bus_transfers++;
    pthread_mutex_unlock(dev_lock[0]);
    return NULL;
}

static void *dev1(void *p)
{
    (void)p;
    pthread_mutex_lock(dev_lock[1]);
    bus_transfers++;
    pthread_mutex_unlock(dev_lock[1]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, dev0, NULL);
    pthread_create(&b, NULL, dev1, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", bus_transfers);
    return 0;
}
