/* TRUTH: racy — the job threads' handles in t are overwritten by a second creation loop; joining t[i] waits for the quick threads while the job thread writes jobs[i]->out */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 3
struct job { int in, out; };
static int other[N];
static void *work(void *arg)
{
    struct job *j = arg;
    usleep(20000);
    j->out = j->in + 1;
    return 0;
}
static void *quick(void *arg)
{
    other[(long)arg] = 1;
    return 0;
}
int main(void)
{
    pthread_t t[N], first[N];
    struct job *jobs[N];
    int sum = 0;
    for (int i = 0; i < N; i++) {
        struct job *j = malloc(sizeof *j);
        if (!j)
            return 1;
        j->in = i;
        jobs[i] = j;
        pthread_create(&t[i], 0, work, j);
    }
    for (int i = 0; i < N; i++)
        first[i] = t[i];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, quick, (void *)i);
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sum += jobs[i]->out + other[i];
    }
    for (int i = 0; i < N; i++)
        pthread_join(first[i], 0);
    printf("%d\n", sum);
    return 0;
}
