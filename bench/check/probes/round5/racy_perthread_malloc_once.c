/* TRUTH: racy - the task is malloc'ed once before the loop, so all N threads write the same t->result concurrently */
#include <pthread.h>
#include <stdlib.h>
#define N 4
struct task { int id; long result; };
static void *run(void *arg)
{
    struct task *t = arg;
    t->result = t->id * 2;
    return NULL;
}
int main(void)
{
    pthread_t th[N];
    struct task *task = malloc(sizeof *task);
    task->id = 1;
    task->result = 0;
    for (int i = 0; i < N; i++)
        pthread_create(&th[i], NULL, run, task);
    for (int i = 0; i < N; i++)
        pthread_join(th[i], NULL);
    long r = task->result;
    free(task);
    return (int)r;
}
