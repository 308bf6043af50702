/* TRUTH: free. counters[0] points to rx_count and counters[1] to tx_count; each thread increments through a different entry. */
#include <pthread.h>
#include <stdio.h>
static int rx_count, tx_count;
static int *const counters[2] = { &rx_count, &tx_count };

static void *rx(void *p) { (void)p; for (int i = 0; i < 4; i++) (*counters[0])++; return NULL; }
static void *tx(void *p) { (void)p; for (int i = 0; i < 4; i++) (*counters[1])++; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, rx, NULL);
    pthread_create(&b, NULL, tx, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", rx_count, tx_count);
    return 0;
}
