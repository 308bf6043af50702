/* TRUTH: free. memset on gs.buf (an array field) only; other thread writes gs.n. */
#include <pthread.h>
#include <string.h>
struct s { int n; char buf[16]; };
static struct s gs;
static void *clr(void *v) { (void)v; memset(gs.buf, 'x', sizeof gs.buf); return NULL; }
static void *wn(void *v) { (void)v; gs.n = 1; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, clr, NULL);
  pthread_create(&t2, NULL, wn, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return gs.n;
}
