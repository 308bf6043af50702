// An order through a chain of joins (t2 joins t1, main joins t2) is not followed: while a
// thread joins others, a race with main is only possible.
#include <pthread.h>

int x;
pthread_t h1;

static void *first(void *arg)
{
    (void)arg;
    x = 1; // RACE (possible): main reads x only after t2 joined t1
    return NULL;
}

static void *second(void *arg)
{
    (void)arg;
    pthread_join(h1, NULL);
    return NULL;
}

int main(void)
{
    pthread_t h2;
    pthread_create(&h1, NULL, first, NULL);
    pthread_create(&h2, NULL, second, NULL);
    pthread_join(h2, NULL);
    return x; // RACE (possible)
}
