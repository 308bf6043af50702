/* racy: t1 holds A.m, locks B.m through p, then releases A.m through q (p, q: &A or &B
   by a runtime value); x++ is under B.m only, t2's under A.m. */
#include <pthread.h>
struct obj { pthread_mutex_t m; };
static struct obj A = { PTHREAD_MUTEX_INITIALIZER }, B = { PTHREAD_MUTEX_INITIALIZER };
static int x;
static void *t1(void *arg) {
    struct obj *p = arg ? &B : &A, *q = arg ? &A : &B;   /* p = &B, q = &A */
    pthread_mutex_lock(&A.m);
    pthread_mutex_lock(&p->m);
    pthread_mutex_unlock(&q->m);
    x++;
    pthread_mutex_unlock(&p->m);
    return 0;
}
static void *t2(void *arg) { (void)arg; pthread_mutex_lock(&A.m); x++; pthread_mutex_unlock(&A.m); return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, (void *)1L);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return x;
}
