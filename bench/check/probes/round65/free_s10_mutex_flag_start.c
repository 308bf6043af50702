/* TRUTH: free — main writes cfg under lock and sets ready; worker starts reader only after seeing ready under the same lock; main also starts reader after the write */
#include <pthread.h>
#include <unistd.h>
static int cfg, ready;
static int seen[2];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *reader(void *arg) { seen[(long)arg] = cfg; return NULL; }
static void *worker(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&m);
        int r = ready;
        pthread_mutex_unlock(&m);
        if (r)
            break;
        usleep(1000);
    }
    pthread_t t;
    pthread_create(&t, NULL, reader, (void *)0L);
    pthread_join(t, NULL);
    return NULL;
}
int main(void)
{
    pthread_t w, r;
    pthread_create(&w, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    cfg = 4;
    ready = 1;
    pthread_mutex_unlock(&m);
    pthread_create(&r, NULL, reader, (void *)1L);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    return seen[0] + seen[1];
}
