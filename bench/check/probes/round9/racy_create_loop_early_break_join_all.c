/* TRUTH: racy. When the loop breaks early main writes status[0] from the error path while worker 0, already created, writes status[0] too. */
#include <pthread.h>
#include <stdio.h>

#define N 3
static int status[N];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    status[id] = 1;
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t t[N];
    int ids[N];
    int started = 0;
    (void)argv;
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        if (i == argc) {
            status[0] = -1;
            break;
        }
        pthread_create(&t[i], NULL, worker, &ids[i]);
        started++;
    }
    for (int i = 0; i < started; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", status[0]);
    return 0;
}
