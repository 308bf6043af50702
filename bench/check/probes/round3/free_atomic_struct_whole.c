/* TRUTH: free. gp is an _Atomic struct; whole-object atomic store and load only. */
#include <pthread.h>
struct pair { int a, b; };
static _Atomic struct pair gp;
static void *wr(void *v) { (void)v; struct pair p = { 1, 2 }; gp = p; return NULL; }
static void *rd(void *v) { (void)v; struct pair p = gp; return (void *)(long)(p.a + p.b); }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, wr, NULL);
  pthread_create(&t2, NULL, rd, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
