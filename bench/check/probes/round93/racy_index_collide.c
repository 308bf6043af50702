// Four threads created in a loop get slot i/2, so two threads share each slot
// of res[] and both increment it -> race on res[].
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
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(i / 2));
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%ld\n", res[0] + res[1]);
    return 0;
}
