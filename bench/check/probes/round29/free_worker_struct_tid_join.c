/* TRUTH: race-free. Each worker record holds its own thread id and result; main creates into w[i].tid and joins w[i].tid over the same range before reading w[i].result. */
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
    for (int i = 0; i < NW; i++)
        pthread_join(w[i].tid, NULL);
    long total = 0;
    for (int i = 0; i < NW; i++)
        total += w[i].result;
    printf("%ld\n", total);
    return 0;
}
