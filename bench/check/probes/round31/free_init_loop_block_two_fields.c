/* TRUTH: race-free. The init loop gives args[j].id = N - 1 - j (distinct) and other fields; each worker writes totals[a->id], its own element. */
#include <pthread.h>
#include <stdio.h>

#define N 4
struct targ { int id; int weight; const char *name; };
static struct targ args[N];
static long totals[N];

static void *worker(void *arg)
{
    struct targ *a = arg;
    totals[a->id] += a->weight;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int j = 0; j < N; j++) {
        args[j].weight = 2 * j + 1;
        args[j].id = N - 1 - j;
        args[j].name = "w";
    }
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &args[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    long s = 0;
    for (int i = 0; i < N; i++)
        s += totals[i];
    printf("%ld %s\n", s, args[0].name);
    return 0;
}
