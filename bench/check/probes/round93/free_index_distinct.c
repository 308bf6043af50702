// Four threads created in a loop each get their own slot i of res[]; main
// reads after joining all -> race-free.
#include <pthread.h>
#include <stdio.h>
#define N 4
static long res[N];
static void *worker(void *arg) {
    long slot = (long)arg;
    for (int k = 0; k < 100; k++) res[slot] += k;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%ld\n", res[0] + res[1]);
    return 0;
}
