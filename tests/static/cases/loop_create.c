// Threads started in a loop run the same function at once: its unprotected writes race with themselves.
#include <pthread.h>

#define N 4
static int last_id;
static int done[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int guarded;

static void *worker(void *arg)
{
    last_id = (int)(long)arg; // RACE
    pthread_mutex_lock(&m);
    guarded++; // NORACE
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    (void)done;
    return last_id; // NORACE: every thread was joined
}
