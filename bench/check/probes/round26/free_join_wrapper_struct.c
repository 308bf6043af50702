/* TRUTH: race-free. Each worker writes only its own w->result; finish(&w[i]) joins that
   worker's thread before main reads w[i].result; both workers are joined before the reads. */
#include <pthread.h>
#include <stdio.h>

struct worker {
    pthread_t th;
    int input;
    int result;
};

static struct worker w[2];

static void *run(void *arg)
{
    struct worker *self = arg;
    self->result = self->input * 2;
    return NULL;
}

static void start(struct worker *wk, int input)
{
    wk->input = input;
    pthread_create(&wk->th, NULL, run, wk);
}

static void finish(struct worker *wk)
{
    pthread_join(wk->th, NULL);
}

int main(void)
{
    start(&w[0], 3);
    start(&w[1], 4);
    finish(&w[0]);
    finish(&w[1]);
    printf("%d %d\n", w[0].result, w[1].result);
    return 0;
}
