// Helper joins only the first N-1 threads (wrong count passed); reading
// out[2] races with the last worker's write.
#include <pthread.h>
#include <stdio.h>
#define N 3
static int out[N];
static void *worker(void *arg) { long i = (long)arg; out[i] = (int)i + 1; return NULL; }
static void join_all(pthread_t *ts, int n) {
    for (int i = 0; i < n; i++) pthread_join(ts[i], NULL);
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    join_all(t, N - 1);
    printf("%d\n", out[0] + out[1] + out[2]);
    return 0;
}
