/* TRUTH: racy. The init loop stores id = j then id %= 2, so workers 0 and 2 (and 1 and 3) get the same id and both do bins[id]++ at once. */
#include <pthread.h>
#include <stdio.h>

#define NTHR 4

struct targ {
    int id;
    const char *name;
};

static struct targ args[NTHR];
static int bins[NTHR];

static void *worker(void *p)
{
    struct targ *a = p;
    bins[a->id]++;
    return NULL;
}

int main(void)
{
    pthread_t t[NTHR];
    for (int j = 0; j < NTHR; j++) {
        args[j].id = j;
        args[j].name = "w";
        args[j].id %= 2;
    }
    for (int i = 0; i < NTHR; i++)
        pthread_create(&t[i], NULL, worker, &args[i]);
    for (int i = 0; i < NTHR; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", bins[0], bins[1]);
    return 0;
}
