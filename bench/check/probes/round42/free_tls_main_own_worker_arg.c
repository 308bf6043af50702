/* TRUTH: free — main locks its thread-local m directly (&m) and the worker locks the pointer it was given, which is the same main m: cnt++ (lines 9 and 18) mutually excluded */
#include <pthread.h>
static __thread pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int cnt;
static void *w(void *a)
{
    pthread_mutex_t *mp = a;
    pthread_mutex_lock(mp);
    cnt++;
    pthread_mutex_unlock(mp);
    return 0;
}
int main(void)
{
    pthread_t t1;
    pthread_create(&t1, 0, w, &m);
    pthread_mutex_lock(&m);
    cnt++;
    pthread_mutex_unlock(&m);
    pthread_join(t1, 0);
    return cnt;
}
