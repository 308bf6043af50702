/* TRUTH: racy. Threads are created for i = 0..4 (<=) but joined only for i = 0..3 (<); worker 4 may still write total when main reads it. */
#include <pthread.h>
#define N 4
int total;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    total++;
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void) {
    pthread_t t[N + 1];
    int i;
    for (i = 0; i <= N; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return total;
}
