/* TRUTH: free — both workers lock *gm, which is main's own thread-local m (gm = &m set before create); cnt++ (line 10) is always under that one mutex */
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
    pthread_t t1, t2;
    gm = &m;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return cnt;
}
