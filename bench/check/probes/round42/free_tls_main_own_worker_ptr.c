/* TRUTH: free — main locks its own thread-local m (&m, line 19) and the worker locks *gm, which is that same main m (gm = &m before create): cnt++ (lines 10, 20) mutually excluded */
#include <pthread.h>
static __thread pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *gm;
static int cnt;
static void *w(void *a)
{
    (void)a;
    pthread_mutex_lock(gm);
    cnt++;
    pthread_mutex_unlock(gm);
    return 0;
}
int main(void)
{
    pthread_t t1;
    gm = &m;
    pthread_create(&t1, 0, w, 0);
    pthread_mutex_lock(&m);
    cnt++;
    pthread_mutex_unlock(&m);
    pthread_join(t1, 0);
    return cnt;
}
