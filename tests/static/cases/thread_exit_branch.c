// A thread that ends itself (or the program) unless a flag another thread sets was seen,
// read under a mutex (if (!f) pthread_exit(NULL); if (!f) reach_error();), goes on only once
// that thread got there: as after an assumption, it waited. What the setter writes after
// the flag races with what the thread does next, but not surely.
#include <pthread.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int f, g, data, more;

static void reach_error(void)
{
    abort();
}

static void *setter(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    f = 1;
    g = 1;
    pthread_mutex_unlock(&m);
    data = 1; // RACE (possible): after the flag the reader tested
    more = 1; // RACE (possible): the same, tested by a branch calling reach_error()
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    int seen = f;
    pthread_mutex_unlock(&m);
    if (!seen)
        pthread_exit(NULL);
    data++;
    return NULL;
}

static void *checker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    int seen = g;
    pthread_mutex_unlock(&m);
    if (seen != 1)
        reach_error();
    more++;
    return NULL;
}

int main(void)
{
    pthread_t s, r, c;
    pthread_create(&s, NULL, setter, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_create(&c, NULL, checker, NULL);
    pthread_join(s, NULL);
    pthread_join(r, NULL);
    pthread_join(c, NULL);
    return 0;
}
