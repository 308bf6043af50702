/* TRUTH: free — the counted loop's body waits on a condvar until ready; main writes payload then sets ready under m and broadcasts; the worker reads payload after the loop */
#include <pthread.h>
static int ready, payload;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *worker(void *arg)
{
    int n = (int)(long)arg;
    for (int i = 0; i < n; i++) {
        pthread_mutex_lock(&m);
        while (!ready)
            pthread_cond_wait(&cv, &m);
        pthread_mutex_unlock(&m);
    }
    return (void *)(long)payload;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, (void *)2L);
    payload = 9;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return 0;
}
