/* racy: lock_obj/unlock_obj are called with &A and &B; t1 holds A.m, locks B.m, then
   unlocks A.m, so its x++ is under B.m only while t2's is under A.m. */
#include <pthread.h>
struct obj { pthread_mutex_t m; int id; };
static struct obj A = { PTHREAD_MUTEX_INITIALIZER, 1 }, B = { PTHREAD_MUTEX_INITIALIZER, 2 };
static struct obj *objs[2] = { &A, &B };
static int x;
static void lock_obj(struct obj *o) { pthread_mutex_lock(&o->m); }
static void unlock_obj(struct obj *o) { pthread_mutex_unlock(&o->m); }
static void *t1(void *arg) {
    int i = (int)(long)arg;                /* 1 */
    pthread_mutex_lock(&A.m);
    lock_obj(objs[i]);                     /* B */
    unlock_obj(objs[1 - i]);               /* A */
    x++;
    unlock_obj(objs[i]);
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
