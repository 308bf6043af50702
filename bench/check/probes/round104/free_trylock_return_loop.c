/* TRUTH: free — main holds m from before the create until after the join, so the worker's trylock always finds it busy and returns before writing shared */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++) {
        int busy = pthread_mutex_trylock(&m);
        if (busy)
            return NULL;
        pthread_mutex_unlock(&m);
    }
    shared = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_mutex_lock(&m);
    pthread_create(&t, NULL, worker, NULL);
    shared = 2;
    pthread_join(t, NULL);
    pthread_mutex_unlock(&m);
    return shared;
}
