// A lock taken through a global pointer set before any thread starts is the one lock it
// points at.
#include <pthread.h>

static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *L = &m1;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(L);
    x++; // NORACE: L no longer changes
    pthread_mutex_unlock(L);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    L = &m2;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return x;
}
