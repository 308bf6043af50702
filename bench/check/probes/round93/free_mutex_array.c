// Every thread locks the same mutex locks[0] around the shared counter
// -> race-free.
#include <pthread.h>
#include <stdio.h>
#define N 2
static pthread_mutex_t locks[N] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static int counter;
static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&locks[0]);
        counter++;
        pthread_mutex_unlock(&locks[0]);
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
