/* TRUTH: racy. The init loop sets args[j].id = j but, in a nested if, gives the last element id 0: workers 0 and 3 both write totals[0] unlocked. */
#include <pthread.h>
#include <stdio.h>

#define N 4
struct targ { int id; int weight; };
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
        args[j].id = j;
        if (j == N - 1)
            args[j].id = 0;
        args[j].weight = j + 1;
    }
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &args[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", totals[0]);
    return 0;
}
