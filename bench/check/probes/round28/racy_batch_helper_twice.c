/* TRUTH: racy. start_batch() starts one worker per slot (&slots[i]); main calls it twice
   before joining anything, so two workers get &slots[0] (and so on) and both increment it. */
#include <pthread.h>
#include <stdio.h>

#define NB 3

struct slot {
    long hits;
    int owner;
};

static struct slot slots[NB];
static pthread_t th[2][NB];

static void *bump(void *arg)
{
    struct slot *s = arg;
    for (int k = 0; k < 1000; k++)
        s->hits++;
    return NULL;
}

static void start_batch(pthread_t *ts)
{
    for (int i = 0; i < NB; i++)
        pthread_create(&ts[i], NULL, bump, &slots[i]);
}

int main(void)
{
    start_batch(th[0]);
    start_batch(th[1]);
    for (int b = 0; b < 2; b++)
        for (int i = 0; i < NB; i++)
            pthread_join(th[b][i], NULL);
    printf("%ld\n", slots[0].hits);
    return 0;
}
