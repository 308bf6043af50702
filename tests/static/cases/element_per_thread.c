// Threads started by one loop over &a[i] (or a + i), i the loop's own counter, each get a
// different element: their writes through the argument do not race with each other, but
// still race with main until it joins them, and with code that reaches a[] otherwise.
#include <pthread.h>

#define N 4

struct slot {
    int in, out;
    int hist[8];
};

struct probe {
    int in;
};

static struct slot slots[N];
static long sums[N];

static void fill(struct slot *s)
{
    s->hist[0] = s->in; // NORACE: the caller's argument, its own element
}

static void *work(void *arg)
{
    struct slot *s = arg;
    s->out = s->in * 2; // NORACE: each thread its own slot
    fill(s);
    return NULL;
}

static void *sum(void *arg)
{
    long *p = arg;
    *p += 1; // NORACE: each thread its own element
    return NULL;
}

static void *peek(void *arg)
{
    struct probe *s = arg;
    s->in = 1; // RACE: main writes locals[k].in while these threads run
    return NULL;
}

int main(void)
{
    pthread_t t[N], u[N], v[N];
    struct probe locals[N];
    for (int i = 0; i < N; i++) {
        slots[i].in = i; // NORACE: before the thread that reads it starts
        pthread_create(&t[i], NULL, work, &slots[i]);
    }
    for (unsigned i = 0; i < N; ++i)
        pthread_create(&u[i], NULL, sum, sums + i);
    for (int k = 0; k < N; k++)
        pthread_create(&v[k], NULL, peek, &locals[k]);
    for (int k = 0; k < N; k++)
        locals[k].in = 0; // RACE: the peek threads still run
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        pthread_join(u[i], NULL);
        pthread_join(v[i], NULL);
    }
    return slots[0].out + (int)sums[1]; // NORACE: every thread was joined
}
