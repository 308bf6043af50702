/* TRUTH: racy — each iteration hands j to two threads (t[i] and u[i]); after joining t[i] only, main reads jobs[i]->out while u[i]'s thread writes it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 3
struct job { int in, out; };
static void *work(void *arg)
{
    struct job *j = arg;
    (void)j->in;
    return 0;
}
static void *late(void *arg)
{
    struct job *j = arg;
    usleep(20000);
    j->out = j->in + 7;
    return 0;
}
int main(void)
{
    pthread_t t[N], u[N];
    struct job *jobs[N];
    int sum = 0;
    for (int i = 0; i < N; i++) {
        struct job *j = malloc(sizeof *j);
        if (!j)
            return 1;
        j->in = i;
        j->out = 0;
        jobs[i] = j;
        pthread_create(&t[i], 0, work, j);
        pthread_create(&u[i], 0, late, j);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sum += jobs[i]->out;
    }
    for (int i = 0; i < N; i++)
        pthread_join(u[i], 0);
    printf("%d\n", sum);
    return 0;
}
