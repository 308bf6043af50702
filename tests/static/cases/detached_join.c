// A join of a detached thread waits for nothing: POSIX leaves it undefined and glibc
// returns EINVAL at once. A thread started with an attribute set detached, or whose handle
// main detached, may still be writing when main reads after the join; a thread started
// without the attribute and never detached is joined as usual, even in a program that
// detaches others.
#include <pthread.h>

int by_attr, by_call, joined;

static void *set_attr(void *arg)
{
    (void)arg;
    by_attr = 1; // RACE
    return NULL;
}

static void *set_call(void *arg)
{
    (void)arg;
    by_call = 1; // RACE
    return NULL;
}

static void *set_joined(void *arg)
{
    (void)arg;
    joined = 1; // NORACE
    return NULL;
}

int main(void)
{
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t a, b, c;
    pthread_create(&a, &attr, set_attr, NULL);
    pthread_create(&b, NULL, set_call, NULL);
    pthread_detach(b);
    pthread_create(&c, NULL, set_joined, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return by_attr + by_call + joined; // RACE
}
