/* TRUTH: free. The unlocked debug update sits under a compile-time-false constant, so the only executed accesses to events are under the lock. */
#include <pthread.h>

static const int debug_enabled = 0;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long events;

static void note_event(void)
{
    if (debug_enabled) {
        events += 1000;
        return;
    }
    pthread_mutex_lock(&m);
    events++;
    pthread_mutex_unlock(&m);
}

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++)
        note_event();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return events != 100;
}
