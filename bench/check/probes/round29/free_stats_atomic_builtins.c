/* TRUTH: race-free. All shared statistics are updated with __atomic builtins by the request threads; main reads them after joining. */
#include <pthread.h>
#include <stdio.h>

struct net_stats {
    unsigned long rx_packets;
    unsigned long rx_bytes;
    unsigned long errors;
};

static struct net_stats st;

#define STAT_ADD(field, v) __atomic_fetch_add(&st.field, (v), __ATOMIC_RELAXED)

static void handle_packet(int len)
{
    if (len <= 0) {
        STAT_ADD(errors, 1);
        return;
    }
    STAT_ADD(rx_packets, 1);
    STAT_ADD(rx_bytes, (unsigned long)len);
}

static void *rx_thread(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 1000; i++)
        handle_packet((base + i) % 1500 - 1);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, rx_thread, (void *)0L);
    pthread_create(&b, NULL, rx_thread, (void *)700L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%lu %lu %lu\n", st.rx_packets, st.rx_bytes, st.errors);
    return 0;
}
