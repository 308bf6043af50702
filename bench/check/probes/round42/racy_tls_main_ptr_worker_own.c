/* TRUTH: racy — main locks *gm (its own m) but the worker locks its own thread-local &m: cnt++ (lines 10, 20) unordered */
#include <pthread.h>
static __thread pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *gm;
static int cnt;
static void *w(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    cnt++;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void)
{
    pthread_t t1;
    gm = &m;
    pthread_create(&t1, 0, w, 0);
    pthread_mutex_lock(gm);
    cnt++;
    pthread_mutex_unlock(gm);
    pthread_join(t1, 0);
    return cnt;
}
