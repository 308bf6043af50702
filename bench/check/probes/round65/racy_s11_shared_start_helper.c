/* TRUTH: racy — start_flusher() is called by main (after writing dirty) and by the worker main started before the write; the flusher reads dirty */
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
    pthread_create(&w, NULL, worker, NULL);
    dirty = 1;
    pthread_t f = start_flusher(1);
    pthread_join(f, NULL);
    pthread_join(w, NULL);
    return flushed[0] + flushed[1];
}
