/* TRUTH: racy — each worker spins on its own thread-local word, excluding nothing: cnt++ (line 11) in both workers unordered */
#include <pthread.h>
static __thread int word;
static int *gl;
static int cnt;
static void *w(void *a)
{
    (void)a;
    while (__atomic_exchange_n(&word, 1, __ATOMIC_ACQUIRE))
        ;
    cnt++;
    __atomic_store_n(&word, 0, __ATOMIC_RELEASE);
    return 0;
}
int main(void)
{
    pthread_t t1, t2;
    gl = &word;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return cnt + (gl != 0);
}
