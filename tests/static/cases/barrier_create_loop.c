// Threads a counting loop starts (for (i = 0; i < N; i++) create(&t[i], ...)) wait on a
// barrier at most N times: a barrier initialized with a count of N (a macro, a constant
// expression) then completes once, after every wait, and orders each thread's phase before
// it ahead of every thread's phase after it. One wait more than the count (main waits too,
// the loop runs twice, a count one short) and a second generation may begin: nothing is
// ordered.
#include <pthread.h>

#define N 4

static pthread_barrier_t phase, short_count, with_main, twice;
static int a[N], b[N];
static int c[N], d[N];
static int e[N], f[N];
static int g[N], h[N];

static void *step(void *arg)
{
    int id = (int)(long)arg;
    a[id] = id * 10; // NORACE: every thread writes its own element before the barrier
    pthread_barrier_wait(&phase);
    b[id] = a[(id + 1) % N] + a[(id + N - 1) % N]; // NORACE: after it, neighbours' elements are only read
    return NULL;
}

static void *step_short(void *arg)
{
    int id = (int)(long)arg;
    c[id] = id; // RACE: N threads wait on a barrier of N - 1: the last may still write
    pthread_barrier_wait(&short_count);
    d[id] = c[(id + 1) % N]; // RACE
    return NULL;
}

static void *step_main(void *arg)
{
    int id = (int)(long)arg;
    e[id] = id; // RACE: main waits as well, one wait more than the count
    pthread_barrier_wait(&with_main);
    f[id] = e[(id + 1) % N]; // RACE
    return NULL;
}

static void *step_twice(void *arg)
{
    int id = (int)(long)arg;
    g[id] = id; // RACE: the helper's loop runs twice, 2 * N waits on a barrier of N
    pthread_barrier_wait(&twice);
    h[id] = g[(id + 1) % N]; // RACE
    return NULL;
}

static void start_twice(pthread_t *t)
{
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, step_twice, (void *)i);
}

int main(void)
{
    pthread_t t[N], u[N], v[N], w[N], w2[N];
    int s = 0;
    pthread_barrier_init(&phase, NULL, N);
    pthread_barrier_init(&short_count, NULL, N - 1);
    pthread_barrier_init(&with_main, NULL, N);
    pthread_barrier_init(&twice, NULL, N);
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, step, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (long i = 0; i < N; i++)
        pthread_create(&u[i], NULL, step_short, (void *)i);
    for (long i = 0; i < N; i++)
        pthread_create(&v[i], NULL, step_main, (void *)i);
    pthread_barrier_wait(&with_main);
    start_twice(w);
    start_twice(w2);
    for (int i = 0; i < N; i++)
        s += b[i];
    return s;
}
