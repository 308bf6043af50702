// Ifs on one local that keeps its value take the same branch: a thread started under
// 'if (threaded)' is joined under 'if (threaded)', a lock taken under 'if (locking)' is held
// under 'if (locking)'.
#include <pthread.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int result, shared, counter;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    result++; // NORACE
    shared++; // NORACE
    counter++; // RACE
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(int argc, char **argv)
{
    int threaded = argc > 1, locking = getenv("LOCK") != NULL, other = argc > 2;
    (void)argv;
    pthread_t t, u;
    if (threaded)
        pthread_create(&t, NULL, worker, NULL);
    if (other)
        pthread_create(&u, NULL, worker, NULL);
    if (locking)
        pthread_mutex_lock(&m);
    if (locking)
        shared++; // NORACE: m is held whenever this runs
    if (locking)
        pthread_mutex_unlock(&m);
    if (threaded)
        pthread_join(t, NULL);
    if (other)
        pthread_join(u, NULL);
    result = 42; // NORACE: every thread started was joined
    int again = threaded;
    if (again) {
        pthread_create(&t, NULL, worker, NULL);
        again = 0; /* changed: the next if on it tells nothing */
    }
    if (again)
        pthread_join(t, NULL);
    counter = 1; // RACE: the last worker may still run
    return 0;
}
