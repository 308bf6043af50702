/* TRUTH: racy. Each stage thread gets &stages[i]; a stage that is not the last forwards
   its result into the next stage's 'inbox' through 'struct stage *nx = me + 1', while
   that next stage thread reads its own inbox (me->inbox) with no lock or ordering. */
#include <pthread.h>
#include <stdio.h>

#define NSTAGE 4

struct stage {
    int inbox;
    int out;
    int last;
};

static struct stage stages[NSTAGE];

static void *run_stage(void *arg)
{
    struct stage *me = arg;
    struct stage *nx = me + 1;
    me->out = me->inbox * 2 + 1;
    if (!me->last)
        nx->inbox = me->out;
    return NULL;
}

int main(void)
{
    pthread_t th[NSTAGE];
    int i;
    for (i = 0; i < NSTAGE; i++) {
        stages[i].inbox = i;
        stages[i].last = (i == NSTAGE - 1);
    }
    for (i = 0; i < NSTAGE; i++)
        pthread_create(&th[i], NULL, run_stage, &stages[i]);
    for (i = 0; i < NSTAGE; i++)
        pthread_join(th[i], NULL);
    printf("%d\n", stages[NSTAGE - 1].out);
    return 0;
}
