/* FREE: worker writes `shared` only if pthread_mutex_trylock succeeded, otherwise
   it falls back to a blocking lock. */
#include <pthread.h>
#include <stdio.h>
static int shared;
static int contended;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *a) {
    long id = (long)a;
    if (pthread_mutex_trylock(&mu) == 0) {
        shared = (int)id;
        pthread_mutex_unlock(&mu);
    } else {
        pthread_mutex_lock(&mu);
        contended++;
        shared = (int)id + 10;
        pthread_mutex_unlock(&mu);
    }
    return NULL;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, (void *)1L);
    pthread_create(&t2, NULL, worker, (void *)2L);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d %d\n", shared, contended);
    return 0;
}
