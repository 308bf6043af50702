/* TRUTH: free — each worker claims unique indices with atomic_fetch_add on next_task, so no two threads ever write the same done_by[i]; main reads done_by after joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define TASKS 50
static atomic_int next_task;
static int done_by[TASKS];

static void *claimer(void *a)
{
    int me = (int)(long)a;
    for (;;) {
        int i = atomic_fetch_add(&next_task, 1);
        if (i >= TASKS)
            break;
        done_by[i] = me;
    }
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, claimer, (void *)(i + 1));
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    int c[4] = { 0 };
    for (int i = 0; i < TASKS; i++)
        c[done_by[i]]++;
    printf("%d %d %d\n", c[1], c[2], c[3]);
    return 0;
}
