// Each thread locks its own mutex locks[id] before updating the one shared
// counter: different mutexes give no exclusion -> race on counter.
#include <pthread.h>
#include <stdio.h>
#define N 2
static pthread_mutex_t locks[N] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static int counter;
static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&locks[id]);
        counter++;
        pthread_mutex_unlock(&locks[id]);
    }
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", counter);
    return 0;
}
