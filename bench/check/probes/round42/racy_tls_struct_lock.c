/* TRUTH: racy — each worker locks its own thread-local ts.m; cnt++ (line 12) unordered between the workers */
#include <pthread.h>
struct S { pthread_mutex_t m; int n; };
static __thread struct S ts = {PTHREAD_MUTEX_INITIALIZER, 0};
static struct S *gts;
static int cnt;
static void *w(void *a)
{
    (void)a;
    pthread_mutex_lock(&ts.m);
    ts.n++;
    cnt++;
    pthread_mutex_unlock(&ts.m);
    return 0;
}
int main(void)
{
    pthread_t t1, t2;
    gts = &ts;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return cnt + (gts != 0);
}
