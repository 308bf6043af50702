// Threads created in one loop write only their own res[i]; main joins them
// all in a second loop before summing -> race-free.
#include <pthread.h>
#include <stdio.h>
#define N 8
static long res[N];
static void *worker(void *arg) {
    long i = (long)arg;
    long s = 0;
    for (long k = 0; k <= i * 100; k++) s += k;
    res[i] = s;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    long total = 0;
    for (int i = 0; i < N; i++) total += res[i];
    printf("%ld\n", total);
    return 0;
}
