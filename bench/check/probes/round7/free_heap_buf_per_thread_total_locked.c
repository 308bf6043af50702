/* TRUTH: free. each task struct owns a malloc'd buffer touched only by its thread; the shared total is updated under the mutex the struct points to. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct task { int n; int *buf; long *total; pthread_mutex_t *lock; };
static long total;
static pthread_mutex_t total_lock = PTHREAD_MUTEX_INITIALIZER;

static void *run(void *p)
{
    struct task *t = p;
    long s = 0;
    for (int i = 0; i < t->n; i++) {
        t->buf[i] = i * t->n;
        s += t->buf[i];
    }
    pthread_mutex_lock(&total_lock);
    *t->total += s;
    pthread_mutex_unlock(&total_lock);
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
        tasks[i].lock = &total_lock;
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
