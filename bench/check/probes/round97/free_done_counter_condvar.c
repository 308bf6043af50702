/* FREE: main never joins; it waits on a condvar until all workers have incremented
   `finished` under the lock, and each worker writes its result before that. */
#include <pthread.h>
#include <stdio.h>
#define N 3
static long results[N];
static int finished;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t all_done = PTHREAD_COND_INITIALIZER;
static void *worker(void *a) {
    long id = (long)a;
    results[id] = id * id + 1;
    pthread_mutex_lock(&mu);
    finished++;
    if (finished == N) pthread_cond_signal(&all_done);
    pthread_mutex_unlock(&mu);
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        pthread_detach(t[i]);
    }
    pthread_mutex_lock(&mu);
    while (finished < N) pthread_cond_wait(&all_done, &mu);
    pthread_mutex_unlock(&mu);
    long s = 0;
    for (int i = 0; i < N; i++) s += results[i];
    printf("%ld\n", s);
    return 0;
}
