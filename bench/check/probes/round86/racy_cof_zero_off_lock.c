/* TRUTH: racy — T1 locks d.m1 reached by a first-member cast, T2 locks d.m2; both write d.cnt. */
#include <pthread.h>
struct D { int key; pthread_mutex_t m1, m2; int cnt; };
struct D d = {0, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
void *t1(void *a) { struct D *p = (struct D *)&d.key; pthread_mutex_lock(&p->m1); d.cnt++; pthread_mutex_unlock(&p->m1); return 0; }
void *t2(void *a) { struct D *p = (struct D *)&d.key; pthread_mutex_lock(&p->m2); d.cnt++; pthread_mutex_unlock(&p->m2); return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
