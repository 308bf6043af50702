/* racy: each worker locks locks + id, a different mutex per worker, while both update
   the shared total. */
#include <pthread.h>
static pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static int total;
static void *worker(void *a) {
    long id = (long)a;
    pthread_mutex_lock(locks + id);
    total++;
    pthread_mutex_unlock(locks + id);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (long i = 0; i < 2; i++) pthread_create(&t[i], 0, worker, (void *)i);
    for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
    return total;
}
