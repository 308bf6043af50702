/* TRUTH: racy. The init loop gives args[j].id = j, but then the whole element args[2] is overwritten by a struct copy of args[1], so workers 1 and 2 both write partial[1] unlocked. */
#include <pthread.h>
#include <stdio.h>

#define N 4
struct targ { int id; int scale; };
static struct targ args[N];
static long partial[N];

static void *worker(void *arg)
{
    struct targ *a = arg;
    partial[a->id] = (long)a->scale * 10;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int j;
    for (j = 0; j < N; j++) {
        args[j].id = j;
        args[j].scale = 3;
    }
    struct targ copy = args[1];
    args[2] = copy;
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &args[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", partial[1]);
    return 0;
}
