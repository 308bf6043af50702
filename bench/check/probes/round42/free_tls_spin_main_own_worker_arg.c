/* TRUTH: free — main spins on its own thread-local word (&word) and the worker on the pointer it was given, the same main word; acquire/release exchange orders cnt++ (lines 10 and 20) */
#include <pthread.h>
static __thread int word;
static int cnt;
static void *w(void *a)
{
    int *lw = a;
    while (__atomic_exchange_n(lw, 1, __ATOMIC_ACQUIRE))
        ;
    cnt++;
    __atomic_store_n(lw, 0, __ATOMIC_RELEASE);
    return 0;
}
int main(void)
{
    pthread_t t1;
    pthread_create(&t1, 0, w, &word);
    while (__atomic_exchange_n(&word, 1, __ATOMIC_ACQUIRE))
        ;
    cnt++;
    __atomic_store_n(&word, 0, __ATOMIC_RELEASE);
    pthread_join(t1, 0);
    return cnt;
}
