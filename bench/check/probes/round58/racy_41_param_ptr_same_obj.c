/* TRUTH: racy — fill(p) writes p->v[0..7]; both threads call fill(&s1): same object, unsynchronized. */
#include <pthread.h>
struct S { int v[8]; };
static struct S s1, s2;
static void fill(struct S *p) { for (int i = 0; i < 8; i++) p->v[i] = 1; }
static void *t1(void *p) { (void)p; fill(&s1); return NULL; }
static void *t2(void *p) { (void)p; fill(&s1); return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return s1.v[0] + s2.v[0];
}
