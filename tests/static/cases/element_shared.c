// A loop that does not give each thread a different element still races: the same element
// for all, a counter the body changes too, two loops over one array, or a thread that
// reaches its neighbour through pointer arithmetic.
#include <pthread.h>

#define N 4

struct cell {
    int v;
};

static struct cell same[N], skip[N], twice[N], near[N + 1];

static void *bump(void *arg)
{
    struct cell *c = arg;
    c->v++; // RACE: every thread of a create site below that shares elements
    return NULL;
}

static void *bump2(void *arg)
{
    struct cell *c = arg;
    c->v++; // RACE: i changes in the body, two threads may get one element
    return NULL;
}

static void *bump3(void *arg)
{
    struct cell *c = arg;
    c->v++; // RACE: the second loop hands out the first loop's elements again
    return NULL;
}

static void *neighbour(void *arg)
{
    struct cell *c = arg;
    c[1].v = 0; // RACE: the next thread's element
    c->v = 1; // RACE: written by the previous thread as c[1]
    return NULL;
}

int main(void)
{
    pthread_t t[N], u[N], w[2 * N], x[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, bump, &same[0]);
    for (int i = 0; i < N; i++) {
        pthread_create(&u[i], NULL, bump2, &skip[i]);
        i -= i & 1;
    }
    for (int i = 0; i < N; i++)
        pthread_create(&w[i], NULL, bump3, &twice[i]);
    for (int i = 0; i < N; i++)
        pthread_create(&w[N + i], NULL, bump3, &twice[i]);
    for (int i = 0; i < N; i++)
        pthread_create(&x[i], NULL, neighbour, &near[i]);
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        pthread_join(u[i], NULL);
        pthread_join(w[i], NULL);
        pthread_join(w[N + i], NULL);
        pthread_join(x[i], NULL);
    }
    return 0;
}
