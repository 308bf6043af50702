/* TRUTH: racy. main passes the address of the loop variable arg to each worker and then overwrites it in the next iteration while earlier workers read it. */
#include <pthread.h>
#include <stdio.h>

#define N 3
static int seen[N];

static void *worker(void *p)
{
    int v = *(int *)p;
    if (v >= 0 && v < N)
        seen[v] = 1;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int arg;
    for (int i = 0; i < N; i++) {
        arg = i;
        pthread_create(&t[i], NULL, worker, &arg);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", seen[0] + seen[1] + seen[2]);
    return 0;
}
