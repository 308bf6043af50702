/* TRUTH: free — dirty is written before main starts the worker; flushers started by worker and by main only read it and write their own flushed[] slot */
#include <pthread.h>
static int dirty;
static int flushed[2];
static void *flusher(void *arg) { flushed[(long)arg] = dirty; return NULL; }
static pthread_t start_flusher(long which)
{
    pthread_t t;
    pthread_create(&t, NULL, flusher, (void *)which);
    return t;
}
static void *worker(void *arg)
{
    (void)arg;
    pthread_join(start_flusher(0), NULL);
    return NULL;
}
int main(void)
{
    pthread_t w;
    dirty = 1;
    pthread_create(&w, NULL, worker, NULL);
    pthread_t f = start_flusher(1);
    pthread_join(f, NULL);
    pthread_join(w, NULL);
    return flushed[0] + flushed[1];
}
