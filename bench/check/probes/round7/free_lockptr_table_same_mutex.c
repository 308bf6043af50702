/* TRUTH: free. both entries of the constant lock table point to bus_lock, so both threads update bus_transfers under the same mutex. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t bus_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *const dev_lock[2] = { &bus_lock, &bus_lock };
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
