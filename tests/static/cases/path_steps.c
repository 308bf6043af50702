// Ifs on a local stepped by v++ / v-- statements of the function's top level correlate too:
// after 'v++', 'if (v - 1)' and 'if (v != 1)' test what 'if (v)' tested before it. A step
// inside a branch or a loop, or another constant, tells nothing.
#include <pthread.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int stepped, shifted, nested, other;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    stepped++; // NORACE
    shifted++; // NORACE
    nested++; // RACE
    other++; // RACE
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(int argc, char **argv)
{
    int locking = getenv("LOCK") != NULL, again = argc > 1;
    (void)argv;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    if (locking)
        pthread_mutex_lock(&m);
    locking++;
    if (locking - 1)
        stepped++; // NORACE: m is held whenever this runs
    ++locking;
    if (locking != 2)
        shifted++; // NORACE
    if (locking - 1)
        other++; // RACE: another value than the lock's test
    locking--;
    locking--;
    if (locking)
        pthread_mutex_unlock(&m);
    if (again)
        pthread_mutex_lock(&m);
    if (argc > 2)
        again++; /* in a branch: the later if on it tells nothing */
    if (again - 1)
        nested++; // RACE
    pthread_join(t, NULL);
    return 0;
}
