/* TRUTH: racy. The init loop stores slot = j and then clamps it to NSLOT-1 = 1, so workers 1, 2 and 3 all get slot 1 and do counts[1] += n at once. */
#include <pthread.h>
#include <stdio.h>

#define NTHR 4
#define NSLOT 2

struct targ {
    int slot;
    int n;
};

static struct targ args[NTHR];
static long counts[NSLOT];

static void *worker(void *p)
{
    struct targ *a = p;
    counts[a->slot] += a->n;
    return NULL;
}

int main(void)
{
    pthread_t t[NTHR];
    for (int j = 0; j < NTHR; j++) {
        args[j].slot = j;
        args[j].n = 5;
        if (args[j].slot >= NSLOT)
            args[j].slot = NSLOT - 1;
    }
    for (int i = 0; i < NTHR; i++)
        pthread_create(&t[i], NULL, worker, &args[i]);
    for (int i = 0; i < NTHR; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld\n", counts[0], counts[1]);
    return 0;
}
