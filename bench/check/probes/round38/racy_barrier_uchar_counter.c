/* TRUTH: racy — i is unsigned char, so i < N (N = 260) never fails: the loop keeps starting threads (ids 0..255 repeating), more than the barrier's count of 260 wait; two threads of id 0 both write a[0] = 0 unordered (and later generations' writes race with earlier readers) */
#include <pthread.h>
#define N 260
static pthread_barrier_t b;
static int a[N], c[N];
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
    static pthread_t t[N];
    pthread_barrier_init(&b, NULL, N);
    for (unsigned char i = 0; i < N; i++)
        pthread_create(&t[i], 0, step, (void *)(long)i);
    return c[0];
}
