/* TRUTH: racy — back_once(&i) steps the loop counter back once, so the loop starts N + 1 threads (id 1 twice): N + 1 waits on a barrier of N; a generation may complete without one id-1 thread, whose a[1] = 1 then races with id 0's read of a[1] (and the two id-1 threads both write a[1], c[1]) */
#include <pthread.h>
#define N 4
static pthread_barrier_t b;
static int a[N], c[N];
static int done;
static void *step(void *arg)
{
    long id = (long)arg;
    a[id] = (int)id;
    pthread_barrier_wait(&b);
    c[id] = a[(id + 1) % N];
    return 0;
}
static void back_once(long *ip)
{
    if (*ip == 1 && !done) {
        done = 1;
        --*ip;
    }
}
int main(void)
{
    pthread_t t[N + 1];
    pthread_barrier_init(&b, NULL, N);
    for (long i = 0; i < N; i++) {
        pthread_create(&t[i], 0, step, (void *)i);
        back_once(&i);
    }
    return c[0];
}
