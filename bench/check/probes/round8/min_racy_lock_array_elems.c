/* TRUTH: racy. The threads are handed different elements locks[0] and locks[1] of a mutex array, so their increments of the shared counter are not mutually excluded. */
#include <pthread.h>
static pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int counter;
static void *worker(void *arg)
{
    pthread_mutex_t *l = arg;
    pthread_mutex_lock(l);
    counter++;
    pthread_mutex_unlock(l);
    return 0;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, worker, &locks[0]);
    pthread_create(&b, 0, worker, &locks[1]);
    pthread_join(a, 0); pthread_join(b, 0);
    return counter;
}
