/* TRUTH: free — both workers spin on *gl, main's thread-local lock word (gl = &word before create), with acquire exchange / release store; cnt++ (line 11) is mutually excluded */
#include <pthread.h>
static __thread int word;
static int *gl;
static int cnt;
static void *w(void *a)
{
    (void)a;
    while (__atomic_exchange_n(gl, 1, __ATOMIC_ACQUIRE))
        ;
    cnt++;
    __atomic_store_n(gl, 0, __ATOMIC_RELEASE);
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
    return cnt;
}
