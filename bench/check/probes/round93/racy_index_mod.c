// Four workers get distinct ids but write res[id % 2], so workers 0 and 2
// (and 1 and 3) write the same element -> race.
#include <pthread.h>
#include <stdio.h>
#define N 4
static long res[2];
static void *worker(void *arg) {
    long id = (long)arg;
    for (int k = 0; k < 100; k++) res[id % 2] += k;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%ld\n", res[0] + res[1]);
    return 0;
}
