/* TRUTH: free — both threads hold o.m (T1 reaches it via container_of) around o.cnt++. */
#include <pthread.h>
#include <stddef.h>
#define container_of(p, T, f) ((T *)((char *)(p) - offsetof(T, f)))
struct S { pthread_mutex_t m; int v; int cnt; };
struct S o = {PTHREAD_MUTEX_INITIALIZER};
void *t1(void *a) { struct S *s = container_of(&o.v, struct S, v); pthread_mutex_lock(&s->m); o.cnt++; pthread_mutex_unlock(&s->m); return 0; }
void *t2(void *a) { pthread_mutex_lock(&o.m); o.cnt++; pthread_mutex_unlock(&o.m); return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
