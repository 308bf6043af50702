// Joins of part of a handle array on some paths only (under an if, a nondeterministic one
// too) do not add up with other joins to "every thread joined": on the other path the
// threads they joined run on.
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);

#define N 4
static int res[N], out[N];

static void *calc(void *p)
{
    int i = (int)(long)p;
    res[i] = i + 1; // RACE: the else path joins th[0..2) only
    return 0;
}

static void *fill(void *p)
{
    int i = (int)(long)p;
    out[i] = i; // RACE: t[0..2) are joined only when argc > 1
    return 0;
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t th[N], t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&th[i], 0, calc, (void *)(long)i);
    if (__VERIFIER_nondet_int()) {
        for (int i = 0; i < N; i++)
            pthread_join(th[i], 0);
    } else {
        for (int i = 0; i < N / 2; i++)
            pthread_join(th[i], 0);
    }
    int s = res[N - 1]; // RACE
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, fill, (void *)(long)i);
    if (argc > 1)
        for (int i = 0; i < N / 2; i++)
            pthread_join(t[i], 0);
    for (int i = N / 2; i < N; i++)
        pthread_join(t[i], 0);
    s += out[0]; // RACE
    return s;
}
