/* free: t1 locks A.m and B.m, unlocks B.m through p (p is &A or &B by the argument, &B
   at run time); x++ stays under A.m, as in t2. */
#include <pthread.h>
struct obj { pthread_mutex_t m; int pad; };
static struct obj A = { PTHREAD_MUTEX_INITIALIZER, 0 }, B = { PTHREAD_MUTEX_INITIALIZER, 0 };
static int x;
static void *t1(void *arg) {
    struct obj *p = arg ? &B : &A;         /* &B */
    pthread_mutex_lock(&A.m);
    pthread_mutex_lock(&B.m);
    pthread_mutex_unlock(&p->m);
    x++;
    pthread_mutex_unlock(&A.m);
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
