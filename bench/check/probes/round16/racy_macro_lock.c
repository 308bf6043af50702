// racy: the DEBUG build of LOCKED forgets the lock, so BUMP() runs unprotected in both threads.
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t stats_mu = PTHREAD_MUTEX_INITIALIZER;
static long hits;
#define DEBUG 1
#if DEBUG
#define LOCKED(stmt) do { stmt; } while (0)
#else
#define LOCKED(stmt) do { pthread_mutex_lock(&stats_mu); stmt; pthread_mutex_unlock(&stats_mu); } while (0)
#endif
#define BUMP() (hits++)

static void *worker(void *arg)
{
    for (int i = 0; i < 100; i++)
        LOCKED(BUMP());
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
