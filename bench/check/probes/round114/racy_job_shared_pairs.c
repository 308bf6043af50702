/* TRUTH: racy — a job is allocated only on even i, so threads 2k and 2k+1 share one; main reads jobs[0]->out after joining t[0] while thread 1 writes the same job */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
struct job {
    int in, out;
};
static void *work(void *arg)
{
    struct job *j = arg;
    j->out = 1;
    return 0;
}
int main(void)
{
    pthread_t t[N];
    struct job *jobs[N];
    struct job *j = 0;
    for (int i = 0; i < N; i++) {
        if (i % 2 == 0) {
            j = malloc(sizeof *j);
            if (!j)
                return 1;
            j->in = i;
        }
        jobs[i] = j;
        pthread_create(&t[i], 0, work, j);
    }
    int sum = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sum += jobs[i]->out;
    }
    free(jobs[0]);
    free(jobs[2]);
    printf("%d\n", sum);
    return 0;
}
