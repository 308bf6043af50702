// pthread_cond_wait releases its mutex while it waits: main holding m from a thread's start to
// its join does not put that thread inside main's critical section when main waits on a
// condition with m in between, so another thread's section under m may run meanwhile.
#include <pthread.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int x, done;

static void *signaller(void *arg)
{
    (void)arg;
    x = 1; // RACE (definite): before any synchronization; 'other' takes m while main waits
    pthread_mutex_lock(&m);
    done = 1; // NORACE
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *other(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    x = 2; // RACE (definite)
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t, u;
    pthread_create(&u, NULL, other, NULL);
    pthread_mutex_lock(&m);
    pthread_create(&t, NULL, signaller, NULL);
    while (!done)
        pthread_cond_wait(&cv, &m);
    pthread_join(t, NULL);
    pthread_mutex_unlock(&m);
    pthread_join(u, NULL);
    return 0;
}
