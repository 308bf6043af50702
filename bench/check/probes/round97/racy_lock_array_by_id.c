/* RACY: each thread locks locks[id] (its own element) before updating the single
   shared `grand_total`, so the two threads hold different mutexes. */
#include <pthread.h>
#include <stdio.h>
#define N 2
static pthread_mutex_t locks[N] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static long grand_total;
static void *worker(void *a) {
    long id = (long)a;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&locks[id]);
        grand_total += id + 1;
        pthread_mutex_unlock(&locks[id]);
    }
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%ld\n", grand_total);
    return 0;
}
