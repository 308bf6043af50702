// if (pthread_join(a, 0) || pthread_join(b, 0)) abort(); joins both threads on the path that
// goes on: it is if (pthread_join(a, 0)) abort(); if (pthread_join(b, 0)) abort();, so what
// the two threads wrote is main's to read after. With && instead, a successful first join
// (0) skips the second: the third thread may still run when main reads what it wrote.
#include <pthread.h>
#include <stdlib.h>

static int first, second, third;

static void *set_first(void *arg)
{
    (void)arg;
    first = 1; // NORACE
    return NULL;
}

static void *set_second(void *arg)
{
    (void)arg;
    second = 2; // NORACE
    return NULL;
}

static void *set_third(void *arg)
{
    (void)arg;
    third = 3; // RACE
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, set_first, NULL);
    pthread_create(&b, NULL, set_second, NULL);
    if (pthread_join(a, NULL) || pthread_join(b, NULL))
        abort();
    pthread_create(&c, NULL, set_third, NULL);
    if (first != 1 && pthread_join(c, NULL))
        abort();
    return first + second + third; // RACE
}
