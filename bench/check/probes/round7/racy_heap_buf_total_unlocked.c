/* TRUTH: racy. every task adds into the shared total through its pointer without any lock. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct task { int n; int *buf; long *total; };
static long total;

static void *run(void *p)
{
    struct task *t = p;
    long s = 0;
    for (int i = 0; i < t->n; i++) {
        t->buf[i] = i * t->n;
        s += t->buf[i];
    }
    *t->total += s;
    return NULL;
}

int main(void)
{
    pthread_t th[3];
    struct task tasks[3];
    for (int i = 0; i < 3; i++) {
        tasks[i].n = i + 2;
        tasks[i].buf = malloc(sizeof(int) * (size_t)(i + 2));
        tasks[i].total = &total;
        if (!tasks[i].buf)
            return 1;
        pthread_create(&th[i], NULL, run, &tasks[i]);
    }
    for (int i = 0; i < 3; i++) {
        pthread_join(th[i], NULL);
        free(tasks[i].buf);
    }
    printf("%ld\n", total);
    return 0;
}
