/* TRUTH: racy — thread i writes job i-1's extra through j->prev; main reads jobs[i]->extra after joining only t[i] while thread i+1 may still write it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
struct job {
    int in, out, extra;
    struct job *prev;
};
static void *work(void *arg)
{
    struct job *j = arg;
    j->out = j->in * 2;
    if (j->prev)
        j->prev->extra = j->in;
    return 0;
}
int main(void)
{
    pthread_t t[N];
    struct job *jobs[N];
    struct job *last = 0;
    for (int i = 0; i < N; i++) {
        struct job *j = malloc(sizeof *j);
        if (!j)
            return 1;
        j->in = i;
        j->extra = 0;
        j->prev = last;
        last = j;
        jobs[i] = j;
        pthread_create(&t[i], 0, work, j);
    }
    int sum = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sum += jobs[i]->out + jobs[i]->extra;
    }
    for (int i = 0; i < N; i++)
        free(jobs[i]);
    printf("%d\n", sum);
    return 0;
}
