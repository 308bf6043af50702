/* TRUTH: racy — STAT_TX is 1: the sender thread's stats[STAT_TX]++ (line 9) and the legacy retransmit thread's stats[1]++ (line 10) update the same element with no lock. */
#include <pthread.h>
#include <stdio.h>

#define STAT_RX 0
#define STAT_TX 1
static long stats[2];

static void *sender(void *arg) { (void)arg; stats[STAT_TX]++; return NULL; } // @A
static void *retransmit(void *arg) { (void)arg; stats[1]++; /* tx */ return NULL; } // @B

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, sender, NULL);
    pthread_create(&b, NULL, retransmit, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", stats[STAT_RX], stats[STAT_TX]);
    return 0;
}
