/* TRUTH: free — main hands &m (its thread-local mutex) to both workers as the argument; both lock that same mutex around cnt++ (line 9) */
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
    pthread_t t1, t2;
    pthread_create(&t1, 0, w, &m);
    pthread_create(&t2, 0, w, &m);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return cnt;
}
