// Join counter with mutex + condvar: workers write results then increment
// done under the mutex and broadcast; main waits while done < N -> race-free.
#include <pthread.h>
#include <stdio.h>
#define N 4
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int done;
static int results[N];
static void *worker(void *arg) {
    long i = (long)arg;
    results[i] = (int)(i * i);
    pthread_mutex_lock(&m);
    done++;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) { pthread_create(&t[i], NULL, worker, (void *)i); pthread_detach(t[i]); }
    pthread_mutex_lock(&m);
    while (done < N) pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    int s = 0;
    for (int i = 0; i < N; i++) s += results[i];
    printf("%d\n", s);
    return 0;
}
