/* TRUTH: racy - m = &locks[id] is a different mutex for id 0 and id 1, so the two instances of worker increment total under different locks */
#include <pthread.h>
pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
int total;
void *worker(void *arg)
{
    pthread_mutex_t *m = &locks[*(int *)arg];
    pthread_mutex_lock(m);
    total++;
    pthread_mutex_unlock(m);
    return NULL;
}
int ids[2] = { 0, 1 };
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &ids[0]);
    pthread_create(&b, NULL, worker, &ids[1]);
    return 0;
}
