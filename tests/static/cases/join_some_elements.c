// One array of handles holds two kinds of threads: workers in t[0..3), a logger in t[3].
// Main joins t[0..3) only: every worker has ended (their results are main's to read), the
// logger runs on (what it shares with main stays a race unless locked). Before, a join of
// part of the array ended no thread at all. A worker also started into t[3] would not be
// joined: its writes race with main's reads.
#include <pthread.h>

#define NW 3

static int res[NW + 1];
static int logged;
static int seen;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg)
{
    long id = (long)arg;
    res[id] = (int)id * 2; // NORACE
    return NULL;
}

static void *logger(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    logged++; // NORACE
    pthread_mutex_unlock(&m);
    seen++; // RACE
    return NULL;
}

int main(void)
{
    pthread_t t[NW + 1];
    pthread_create(&t[NW], NULL, logger, NULL);
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    int sum = res[0] + res[1] + res[2];
    pthread_mutex_lock(&m);
    sum += logged;
    pthread_mutex_unlock(&m);
    seen = sum; // RACE
    return 0;
}
