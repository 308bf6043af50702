/* free: t1 holds A.m, then locks and unlocks p->m (p = &B or &C, never &A); its x++ is
   still under A.m, as t2's is. */
#include <pthread.h>
struct obj { pthread_mutex_t m; int v; };
static struct obj A = { PTHREAD_MUTEX_INITIALIZER, 0 }, B = { PTHREAD_MUTEX_INITIALIZER, 0 },
                  C = { PTHREAD_MUTEX_INITIALIZER, 0 };
static int x;
static void *t1(void *arg) {
    struct obj *p = arg;
    pthread_mutex_lock(&A.m);
    pthread_mutex_lock(&p->m);
    p->v++;
    pthread_mutex_unlock(&p->m);
    x++;
    pthread_mutex_unlock(&A.m);
    return 0;
}
static void *t2(void *arg) { (void)arg; pthread_mutex_lock(&A.m); x++; pthread_mutex_unlock(&A.m); return 0; }
int main(void) {
    pthread_t a, b, c;
    pthread_create(&a, 0, t1, &B);
    pthread_create(&c, 0, t1, &C);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    pthread_join(c, 0);
    return x;
}
