/* TRUTH: free — main publishes gts = &ts (its thread-local struct); both workers lock gts->m around gts->n++ and cnt++ (lines 12-13), all on main's one object */
#include <pthread.h>
struct S { pthread_mutex_t m; int n; };
static __thread struct S ts = {PTHREAD_MUTEX_INITIALIZER, 0};
static struct S *gts;
static int cnt;
static void *w(void *a)
{
    (void)a;
    struct S *p = gts;
    pthread_mutex_lock(&p->m);
    p->n++;
    cnt++;
    pthread_mutex_unlock(&p->m);
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
    return cnt + ts.n;
}
