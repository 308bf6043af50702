// Off-by-one join loop: the last worker is never joined, so main sums
// res[N-1] while that worker may still be writing it -> race.
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
    for (int i = 0; i < N - 1; i++) pthread_join(t[i], NULL);
    long total = 0;
    for (int i = 0; i < N; i++) total += res[i];
    printf("%ld\n", total);
    return 0;
}
