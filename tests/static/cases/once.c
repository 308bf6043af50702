// pthread_once: the callback runs under its once object, and whatever follows a
// pthread_once call comes after the callback finished, in whichever thread it ran.
#include <pthread.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int config, stats, late;

static void init(void)
{
    config = 42; // NORACE: runs once, before any pthread_once(&once) returns
    late = 1; // RACE: main writes it without calling pthread_once first
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_once(&once, init); // NORACE: handing &once to pthread_once is no access
    pthread_mutex_lock(&m);
    stats++; // NORACE
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    late = 2; // RACE
    pthread_once(&once, init);
    config++; // NORACE: after the callback finished, and no other thread touches it then
    pthread_mutex_lock(&m);
    stats++; // NORACE
    pthread_mutex_unlock(&m);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return stats;
}
