/* racy: t1 locks A.m, then B.m through p, then unlocks A.m through q (p, q each &A or &B
   by the argument); x++ runs under B.m only while t2 holds A.m. */
#include <pthread.h>
struct obj { pthread_mutex_t m; int pad; };
static struct obj A = { PTHREAD_MUTEX_INITIALIZER, 0 }, B = { PTHREAD_MUTEX_INITIALIZER, 0 };
static int x;
static void *t1(void *arg) {
    int k = (int)(long)arg;                /* 1 */
    struct obj *p = k ? &B : &A;           /* &B */
    struct obj *q = k ? &A : &B;           /* &A */
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
