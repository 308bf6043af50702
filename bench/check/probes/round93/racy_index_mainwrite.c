// Main clears res[i] after creating thread i, which writes res[i] itself:
// main's write races with the worker's write of the same element.
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
        pthread_create(&t[i], NULL, worker, (void *)i);
        res[i] = 0;
    }
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%ld\n", res[N - 1]);
    return 0;
}
