// A mutex that is a local of the thread's function, taken through a wrapper (lock(&m)), is
// each thread's own: it excludes nothing, as when taken directly. A global one taken through
// the same wrapper is one lock for all.
#include <pthread.h>

static int own, shared;
static pthread_mutex_t g = PTHREAD_MUTEX_INITIALIZER;

static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    for (int i = 0; i < 20; i++) {
        lk(&m);
        own++; // RACE (definite): each thread holds its own m
        ul(&m);
        lk(&g);
        shared++; // NORACE: g is one lock
        ul(&g);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return own + shared;
}
