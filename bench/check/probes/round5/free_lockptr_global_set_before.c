/* TRUTH: race-free - the global lock pointer gl is set to &real_m before the threads start and never changed; both threads lock *gl around count++ */
#include <pthread.h>
static pthread_mutex_t real_m = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *gl;
static int count;
static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(gl);
    count++;
    pthread_mutex_unlock(gl);
    return NULL;
}
int main(void)
{
    gl = &real_m;
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return count == 2 ? 0 : 1;
}
