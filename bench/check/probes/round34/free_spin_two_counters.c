/* TRUTH: free — rx_bytes is only touched under rx_lock (line 11, line 22), tx_bytes only under tx_lock. */
#include <pthread.h>
#include <stdio.h>

static pthread_spinlock_t rx_lock, tx_lock;
static long rx_bytes, tx_bytes;

static void *rx_thread(void *arg) {
    (void)arg;
    pthread_spin_lock(&rx_lock);
    rx_bytes += 100; // @A
    pthread_spin_unlock(&rx_lock);
    pthread_spin_lock(&tx_lock);
    tx_bytes += 1;
    pthread_spin_unlock(&tx_lock);
    return NULL;
}

static void *stats_thread(void *arg) {
    (void)arg;
    pthread_spin_lock(&rx_lock);
    rx_bytes = 0; // @B
    pthread_spin_unlock(&rx_lock);
    return NULL;
}

int main(void) {
    pthread_spin_init(&rx_lock, PTHREAD_PROCESS_PRIVATE);
    pthread_spin_init(&tx_lock, PTHREAD_PROCESS_PRIVATE);
    pthread_t a, b;
    pthread_create(&a, NULL, rx_thread, NULL);
    pthread_create(&b, NULL, stats_thread, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", rx_bytes, tx_bytes);
    return 0;
}
