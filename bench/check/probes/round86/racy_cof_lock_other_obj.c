/* TRUTH: racy — T1 locks x.m (reached by container_of from &x.v), T2 locks y.m; both write shared. */
#include <pthread.h>
#include <stddef.h>
#define container_of(p, T, f) ((T *)((char *)(p) - offsetof(T, f)))
struct S { pthread_mutex_t m; int v; };
struct S x = {PTHREAD_MUTEX_INITIALIZER}, y = {PTHREAD_MUTEX_INITIALIZER};
int shared;
void *t1(void *a) { struct S *s = container_of(&x.v, struct S, v); pthread_mutex_lock(&s->m); shared++; pthread_mutex_unlock(&s->m); return 0; }
void *t2(void *a) { struct S *s = container_of(&y.v, struct S, v); pthread_mutex_lock(&s->m); shared++; pthread_mutex_unlock(&s->m); return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
