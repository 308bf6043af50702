// One array of handles used for two rounds of threads: created in a loop, all joined in a
// loop, created again. A join of the second round ends the second round's threads only: a
// first round not joined on some path runs on (its writes race with main's later reads).
#include <pthread.h>

#define NT 4
extern int nondet(void);

static int src[NT], dst[NT], early[NT], late[NT], solo;

static void *round1(void *a)
{
    int i = (int)(long)a;
    src[i] = i + 1;
    return NULL;
}

static void *round2(void *a)
{
    int i = (int)(long)a;
    dst[i] = src[i] + src[(i + 1) % NT]; // NORACE: round 1 joined before
    return NULL;
}

static void *maybe_left(void *a)
{
    int i = (int)(long)a;
    early[i] = 1; // RACE: joined only when nondet() held
    return NULL;
}

static void *second(void *a)
{
    int i = (int)(long)a;
    late[i] = 1; // NORACE
    return NULL;
}

static void *one(void *a)
{
    (void)a;
    solo = 1; // RACE: the handle was joined only when nondet() held, then reused
    return NULL;
}

static void *other(void *a)
{
    (void)a;
    return NULL;
}

int main(void)
{
    pthread_t t[NT], u[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, round1, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, round2, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    int s = dst[0] + dst[NT - 1];

    for (long i = 0; i < NT; i++)
        pthread_create(&u[i], NULL, maybe_left, (void *)i);
    if (nondet())
        for (int i = 0; i < NT; i++)
            pthread_join(u[i], NULL);
    for (long i = 0; i < NT; i++)
        pthread_create(&u[i], NULL, second, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(u[i], NULL);
    pthread_t h;
    pthread_create(&h, NULL, one, NULL);
    if (nondet())
        pthread_join(h, NULL);
    pthread_create(&h, NULL, other, NULL);
    pthread_join(h, NULL);
    return s + early[0] + late[0] + solo;
}
