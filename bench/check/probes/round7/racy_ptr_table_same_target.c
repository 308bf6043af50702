/* TRUTH: racy. both table entries point to rx_count, so the two threads increment the same int. */
#include <pthread.h>
#include <stdio.h>
static int rx_count, tx_count;
static int *const counters[2] = { &rx_count, &rx_count };

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
