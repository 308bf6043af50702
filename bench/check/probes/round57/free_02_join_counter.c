/* TRUTH: free — workers write only their own slot; main joins all N via a while loop with counter `joined` before reading any slot. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define N 5
static long slots[N];
static void *work(void *p) {
    long k = (long)(intptr_t)p;
    slots[k] = k * k;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    int started = 0;
    while (started < N) {
        pthread_create(&t[started], NULL, work, (void *)(intptr_t)started);
        started++;
    }
    int joined = 0;
    while (joined < N)
        pthread_join(t[joined++], NULL);
    long total = 0;
    for (int k = 0; k < N; k++) total += slots[k];
    printf("%ld\n", total);
    return 0;
}
