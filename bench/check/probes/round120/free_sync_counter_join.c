/* TRUTH: free — threads use __sync_fetch_and_add, main polls with __atomic_load_n while they run and reads cnt plainly only after joining all of them */
#include <pthread.h>

#define N 3
int cnt;

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        __sync_fetch_and_add(&cnt, 1);
    return 0;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, worker, 0);
    int peek = __atomic_load_n(&cnt, __ATOMIC_RELAXED);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return cnt == 300 && peek <= 300 ? 0 : 1;
}
