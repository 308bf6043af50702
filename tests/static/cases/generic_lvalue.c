// _Generic as the object stored to: _Generic(0, int: g, default: h) = 5 stores to the
// association chosen, which the analysis does not read: each may be the one (possible). A
// global pointer's store through it (_Generic(0, int: ip) = &y) means the pointer no longer
// keeps its initializer's object, and a handle stored through it (_Generic(0, int: t) = b)
// no longer holds the thread created into it.
#include <pthread.h>

int g, x, y, res_f, res_g;
static int *ip = &x;

static void *bump(void *arg)
{
    (void)arg;
    *ip = 1;   // RACE
    res_f = 1; // RACE
    return (void *)(long)g; // RACE
}

static void *quiet(void *arg)
{
    (void)arg;
    res_g = 1;
    return NULL;
}

int main(void)
{
    _Generic(0, int: ip, default: ip) = &y;
    pthread_t t, b;
    pthread_create(&t, NULL, bump, NULL);
    pthread_create(&b, NULL, quiet, NULL);
    _Generic(0, int: g, default: g) = 5; // RACE (possible)
    _Generic(0, int: t) = b;
    pthread_join(t, NULL);
    pthread_join(b, NULL);
    y = 2;           // RACE
    return res_f;    // RACE
}
