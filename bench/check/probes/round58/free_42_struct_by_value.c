/* TRUTH: free — fill takes the struct by value, so each call writes its own copy s.v[0..7]; the global gs is only read by both threads. */
#include <pthread.h>
struct S { int v[8]; };
static struct S gs;
static int r1, r2;
static int fill(struct S s) { for (int i = 0; i < 8; i++) s.v[i] = i; return s.v[7]; }
static void *t1(void *p) { (void)p; r1 = fill(gs); return NULL; }
static void *t2(void *p) { (void)p; r2 = fill(gs); return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return r1 + r2;
}
