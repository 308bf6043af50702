/* TRUTH: free. All concurrent updates of the statistics use C11 atomic read-modify-writes; main reads them plainly only after joining. */
#include <pthread.h>
#include <stdatomic.h>

static struct {
    atomic_long packets;
    atomic_long bytes;
    atomic_int max_len;
} stats;

static void update_max(int len)
{
    int cur = atomic_load(&stats.max_len);
    while (len > cur && !atomic_compare_exchange_weak(&stats.max_len, &cur, len))
        ;
}

static void *rx(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 100; i++) {
        int len = (base + i * 17) % 1500;
        atomic_fetch_add(&stats.packets, 1);
        atomic_fetch_add(&stats.bytes, len);
        update_max(len);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, rx, (void *)(i * 100));
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return atomic_load(&stats.packets) != 300;
}
