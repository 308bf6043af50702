/* TRUTH: racy — the body steps i back once (i--), so the loop starts N + 1 threads (id 0 twice): N + 1 waits on a barrier of N; a generation may complete without the thread of id 1, whose a[1] = 1 then races with the read a[(0 + 1) % N] of a thread of id 0 (also: the two id-0 threads both write a[0] and c[0]) */
#include <pthread.h>
#define N 4
static pthread_barrier_t b;
static int a[N], c[2 * N + 2];
static void *step(void *arg)
{
    long id = (long)arg;
    a[id] = (int)id;
    pthread_barrier_wait(&b);
    c[id] = a[(id + 1) % N];
    return 0;
}

int main(void)
{
    pthread_t t[2 * N + 2];
    pthread_barrier_init(&b, NULL, N);
    int again = 0;
    for (long i = 0; i < N; i++) {
        pthread_create(&t[i], 0, step, (void *)i);
        if (i == 0 && !again) {
            again = 1;
            i--;
        }
    }
    return c[0];
}
