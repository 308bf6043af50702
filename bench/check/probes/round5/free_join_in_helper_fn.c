/* TRUTH: race-free - wait_all(t, N) joins every handle created; main reads part[] only after it returns */
#include <pthread.h>
#define N 4
static int part[N];
static void *worker(void *arg) { int i = *(int *)arg; part[i] = i + 1; return NULL; }
static void wait_all(pthread_t *ts, int n)
{
    for (int i = 0; i < n; i++)
        pthread_join(ts[i], NULL);
}
int main(void)
{
    pthread_t t[N];
    int id[N];
    for (int i = 0; i < N; i++) {
        id[i] = i;
        pthread_create(&t[i], NULL, worker, &id[i]);
    }
    wait_all(t, N);
    int s = 0;
    for (int i = 0; i < N; i++)
        s += part[i];
    return s == 10 ? 0 : 1;
}
