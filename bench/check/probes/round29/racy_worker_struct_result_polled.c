/* TRUTH: racy. main polls w[i].result before joining the workers, while each worker writes its me->result (write/read on w[i].result). */
#include <pthread.h>
#include <stdio.h>

#define NW 3

struct worker {
    pthread_t tid;
    int id;
    long result;
};

static struct worker w[NW];

static void *run(void *arg)
{
    struct worker *me = arg;
    long s = 1;
    for (int i = 1; i <= 10 + me->id; i++)
        s *= 2;
    me->result = s;
    return NULL;
}

int main(void)
{
    for (int i = 0; i < NW; i++) {
        w[i].id = i;
        pthread_create(&w[i].tid, NULL, run, &w[i]);
    }
    long total = 0;
    for (int i = 0; i < NW; i++) {
        if (w[i].result == 0 && i > 0)
            continue; /* "not finished yet, skip it" -- the read itself races */
        total += w[i].result;
    }
    for (int i = 0; i < NW; i++)
        pthread_join(w[i].tid, NULL);
    printf("%ld\n", total);
    return 0;
}
