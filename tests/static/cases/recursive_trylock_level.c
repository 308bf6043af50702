// A recursive mutex's owner that trylocks it again succeeds: one more level, which the next
// unlock does not free. Whether an untested trylock took a level is not followed in a TU
// that makes recursive (or error-checking) mutexes: what follows it is only possible. Here m
// is still held at x++, and the program is race-free.
#define _GNU_SOURCE
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static int x;

static void *owner(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    int t = pthread_mutex_trylock(&m);
    pthread_mutex_unlock(&m);
    x++; // RACE (possible): m still held here (the trylock took a second level)
    if (t == 0)
        pthread_mutex_unlock(&m);
    return 0;
}

static void *other(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    x++;
    pthread_mutex_unlock(&m);
    return 0;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, owner, 0);
    pthread_create(&t2, 0, other, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return x;
}
