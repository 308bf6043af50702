/* TRUTH: free — thread A publishes &m (A's own thread-local mutex) in gm before creating B; A and B both lock *gm around cnt++ (lines 10, 20) */
#include <pthread.h>
static __thread pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *gm;
static int cnt;
static void *b(void *a)
{
    (void)a;
    pthread_mutex_lock(gm);
    cnt++;
    pthread_mutex_unlock(gm);
    return 0;
}
static void *A(void *a)
{
    pthread_t tb;
    gm = &m;
    pthread_create(&tb, 0, b, 0);
    pthread_mutex_lock(gm);
    cnt++;
    pthread_mutex_unlock(gm);
    pthread_join(tb, 0);
    return a;
}
int main(void)
{
    pthread_t ta;
    pthread_create(&ta, 0, A, 0);
    pthread_join(ta, 0);
    return cnt;
}
