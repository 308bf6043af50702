/* TRUTH: racy — every thread gets &i, the loop counter, and reads it while main keeps incrementing i */
#include <pthread.h>
#include <unistd.h>

#define N 4
int out[N];

void *worker(void *arg)
{
    usleep(1000);
    int id = *(int *)arg;
    if (id >= 0 && id < N)
        out[id] = 1;
    return 0;
}

int main(void)
{
    pthread_t t[N];
    int i;
    for (i = 0; i < N; i++) {
        pthread_create(&t[i], 0, worker, &i);
        usleep(1000);
    }
    for (int j = 0; j < N; j++)
        pthread_join(t[j], 0);
    return 0;
}
