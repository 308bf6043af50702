// trylock holds the lock only on the branch where it succeeded.
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int data;
static int fallback;

static void *worker(void *arg)
{
    (void)arg;
    if (pthread_mutex_trylock(&m) == 0) {
        data++; // NORACE
        pthread_mutex_unlock(&m);
    } else {
        fallback++; // RACE
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    data = 0; // NORACE
    pthread_mutex_unlock(&m);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
