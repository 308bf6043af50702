/* TRUTH: racy - each thread takes m = &locks[id] (its own mutex) and increments the shared total through it: different ids, different mutexes */
#include <pthread.h>
static pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int total;
static void *worker(void *arg)
{
    int id = *(int *)arg;
    pthread_mutex_t *m = &locks[id];
    pthread_mutex_lock(m);
    total++;
    pthread_mutex_unlock(m);
    return NULL;
}
int main(void)
{
    pthread_t t[2];
    static int ids[2] = { 0, 1 };
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, &ids[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return total;
}
