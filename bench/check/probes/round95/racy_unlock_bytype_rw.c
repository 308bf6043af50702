/* racy: t1 write-locks A.rw, then locks p->rw (p = &B) and unlocks q->rw (q = &A) via
   thread arguments; its x++ is under B.rw only while t2's is under A.rw. */
#include <pthread.h>
struct obj { pthread_rwlock_t rw; };
static struct obj A = { PTHREAD_RWLOCK_INITIALIZER }, B = { PTHREAD_RWLOCK_INITIALIZER };
struct pair { struct obj *p, *q; };
static int x;
static void *t1(void *arg) {
    struct pair *pr = arg;
    pthread_rwlock_wrlock(&A.rw);
    pthread_rwlock_wrlock(&pr->p->rw);
    pthread_rwlock_unlock(&pr->q->rw);
    x++;
    pthread_rwlock_unlock(&pr->p->rw);
    return 0;
}
static void *t2(void *arg) { (void)arg; pthread_rwlock_wrlock(&A.rw); x++; pthread_rwlock_unlock(&A.rw); return 0; }
int main(void) {
    static struct pair pr = { &B, &A };
    pthread_t a, b;
    pthread_create(&a, 0, t1, &pr);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return x;
}
