/* TRUTH: racy — worker w1 locks main's thread-local m (given as arg) but w2 locks its own thread-local m; cnt++ at line 9 and line 16 are unordered */
#include <pthread.h>
static __thread pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int cnt;
static void *w1(void *a)
{
    pthread_mutex_t *mp = a;
    pthread_mutex_lock(mp);
    cnt++;
    pthread_mutex_unlock(mp);
    return 0;
}
static void *w2(void *a)
{
    pthread_mutex_lock(&m);
    cnt++;
    pthread_mutex_unlock(&m);
    return a;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, w1, &m);
    pthread_create(&t2, 0, w2, &m);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return cnt;
}
