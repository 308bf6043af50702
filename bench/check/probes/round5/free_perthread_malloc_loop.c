/* TRUTH: race-free - each loop iteration mallocs a fresh task passed to one thread; the thread writes only its own task; main reads tasks after joining all */
#include <pthread.h>
#include <stdlib.h>
#define N 4
struct task { int id; long result; };
static void *run(void *arg)
{
    struct task *t = arg;
    long r = 1;
    for (int i = 1; i <= t->id + 3; i++)
        r *= i;
    t->result = r;
    return NULL;
}
int main(void)
{
    pthread_t th[N];
    struct task *tasks[N];
    for (int i = 0; i < N; i++) {
        tasks[i] = malloc(sizeof *tasks[i]);
        tasks[i]->id = i;
        tasks[i]->result = 0;
        pthread_create(&th[i], NULL, run, tasks[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(th[i], NULL);
    long s = 0;
    for (int i = 0; i < N; i++) {
        s += tasks[i]->result;
        free(tasks[i]);
    }
    return s > 0 ? 0 : 1;
}
