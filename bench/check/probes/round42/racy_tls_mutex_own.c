/* TRUTH: racy — each worker locks its own thread-local m (&m), so cnt++ (line 10) in the two workers is unordered */
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
    pthread_t t1, t2;
    gm = &m;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return cnt + (gm != 0);
}
