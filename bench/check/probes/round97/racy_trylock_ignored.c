/* RACY: the result of pthread_mutex_trylock is ignored; if the lock is busy the
   thread still writes `shared` and then unlocks a mutex it does not own. */
#include <pthread.h>
#include <stdio.h>
static int shared;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *a) {
    long id = (long)a;
    pthread_mutex_trylock(&mu);
    shared = (int)id;
    pthread_mutex_unlock(&mu);
    return NULL;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, (void *)1L);
    pthread_create(&t2, NULL, worker, (void *)2L);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", shared);
    return 0;
}
