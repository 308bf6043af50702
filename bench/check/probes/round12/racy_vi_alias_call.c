// racy: the thread resets its id through a copy passed to a helper: every thread's id is 0, all write out[0].
#include <pthread.h>
#define N 4
static int out[N];
static void reset(int *p) { *p = 0; }
static void *worker(void *arg)
{
    int *r = arg;
    reset(r);
    int id = *(int *)arg;
    out[id]++;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return out[0];
}
