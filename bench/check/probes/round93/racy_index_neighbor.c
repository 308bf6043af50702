// Each worker i writes res[i] and also res[i+1], its neighbour's slot, so
// workers i and i+1 both write res[i+1] -> race.
#include <pthread.h>
#include <stdio.h>
#define N 4
static int res[N + 1];
static void *worker(void *arg) {
    long i = (long)arg;
    res[i] = (int)i;
    res[i + 1] = -1;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", res[N]);
    return 0;
}
