/* TRUTH: racy. tasks[i].id = i before the create; each task thread then advances its own
   id (t->id++) and writes out[t->id]: task 0 writes out[1] after its bump while task 1
   writes out[1] before its bump. No lock. */
#include <pthread.h>
#include <stdio.h>

#define NT 4

struct task {
    int id;
    int rounds;
};

static struct task tasks[NT];
static int out[NT + 1];

static void *run(void *arg)
{
    struct task *t = arg;
    out[t->id] = 1;
    t->id++;
    out[t->id] = 2;
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    int i;
    for (i = 0; i < NT; i++) {
        tasks[i].id = i;
        pthread_create(&th[i], NULL, run, &tasks[i]);
    }
    for (i = 0; i < NT; i++)
        pthread_join(th[i], NULL);
    printf("%d\n", out[1]);
    return 0;
}
