/* TRUTH: racy — join_some() joins only the first n-1 handles, so main's read of res[2] races with thread 2's writes */
#include <pthread.h>
#include <unistd.h>

#define N 3
int res[N];

void *worker(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 20; i++) {
        res[id] = res[id] + 1;
        usleep(1000 * (int)(id + 1));
    }
    return 0;
}

static void join_some(pthread_t *ts, int n)
{
    for (int i = 0; i < n - 1; i++)
        pthread_join(ts[i], 0);
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, worker, (void *)i);
    join_some(t, N);
    int sum = 0;
    for (int r = 0; r < 20; r++) {
        sum += res[0] + res[1] + res[2];
        usleep(1000);
    }
    return sum > 0 ? 0 : 1;
}
