/* TRUTH: racy. After the init loop, a pointer made by arithmetic on the array (args + 1, no &) rewrites element 1's id to 2, so workers 1 and 2 both write slot[2]. */
#include <pthread.h>
#include <stdio.h>

#define N 4
struct targ { int id; };
static long slot[N];

static void *worker(void *arg)
{
    struct targ *a = arg;
    slot[a->id] = slot[a->id] * 2 + 1;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    struct targ args[N];
    for (int j = 0; j < N; j++)
        args[j].id = j;
    struct targ *second = args + 1;
    second->id = 2;
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &args[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", slot[2]);
    return 0;
}
