/* TRUTH: racy - main writes shared again after releasing m, before joining, while the thread may be in its critical section */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    shared *= 2;
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_mutex_lock(&m);
    pthread_create(&t, NULL, worker, NULL);
    shared = 21;
    pthread_mutex_unlock(&m);
    shared++;
    pthread_join(t, NULL);
    return shared;
}
