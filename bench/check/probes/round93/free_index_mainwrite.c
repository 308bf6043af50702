// Main clears res[i] before creating thread i, which then writes res[i]:
// create orders the two writes -> race-free.
#include <pthread.h>
#include <stdio.h>
#define N 4
static long res[N];
static void *worker(void *arg) {
    long i = (long)arg;
    res[i] = i * 10;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) {
        res[i] = 0;
        pthread_create(&t[i], NULL, worker, (void *)i);
    }
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%ld\n", res[N - 1]);
    return 0;
}
