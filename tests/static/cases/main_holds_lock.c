// A thread that lives entirely while main holds a lock is excluded from threads that take that lock.
#include <pthread.h>

static int shared;
static int unguarded;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *locker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    shared++; // NORACE
    pthread_mutex_unlock(&m);
    unguarded++; // RACE
    return NULL;
}

static void *inside(void *arg)
{
    (void)arg;
    shared++; // NORACE: main holds m from before this thread starts until after it is joined
    unguarded++; // RACE
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, locker, NULL);
    pthread_mutex_lock(&m);
    pthread_create(&b, NULL, inside, NULL);
    pthread_join(b, NULL);
    pthread_mutex_unlock(&m);
    pthread_join(a, NULL);
    return 0;
}
