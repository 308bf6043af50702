/* TRUTH: racy — the join loop starts at 1, so thread 0 is never joined and main's read of res[0] races with its writes */
#include <pthread.h>
#include <unistd.h>

#define N 3
int res[N];

void *worker(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 20 * (N - id); i++) {
        res[id] += 1;
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, worker, (void *)i);
    for (int i = 1; i < N; i++)
        pthread_join(t[i], 0);
    int s = 0;
    for (int r = 0; r < 20; r++) {
        s += res[0];
        usleep(1000);
    }
    return s > 0 ? 0 : 1;
}
