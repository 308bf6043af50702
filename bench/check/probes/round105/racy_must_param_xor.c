/* TRUTH: racy — must() xors its parameter with 1 twice, so a successful lock (0) stays 0 and the worker goes on to write shared while main writes it */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void must(int rc)
{
    rc ^= 1;
    rc ^= 1;
    if (rc)
        pthread_exit(NULL);
}
static void *worker(void *arg)
{
    (void)arg;
    must(pthread_mutex_lock(&m));
    pthread_mutex_unlock(&m);
    shared = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    shared = 2;
    pthread_join(t, NULL);
    return shared;
}
