// A lock taken by retrying pthread_mutex_timedlock (or trylock) in a do-while loop is held
// after the loop: the counter is protected. A retry on another mutex protects nothing.
#include <pthread.h>
#include <time.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static int counter, other;

static void *worker(void *arg)
{
    (void)arg;
    struct timespec ts;
    do {
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += 1;
    } while (pthread_mutex_timedlock(&m, &ts) != 0);
    counter++; // NORACE
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *other_worker(void *arg)
{
    (void)arg;
    do {
    } while (pthread_mutex_trylock(&m2) != 0);
    other++; // RACE
    pthread_mutex_unlock(&m2);
    return NULL;
}

static void *plain(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    other++; // RACE
    counter++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, other_worker, NULL);
    pthread_create(&c, NULL, plain, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return 0;
}
