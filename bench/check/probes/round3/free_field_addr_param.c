/* TRUTH: free. set(&gs.a) writes gs.a only; the other thread writes gs.b. */
#include <pthread.h>
struct s { int a; int b; };
static struct s gs;
static void set(int *p) { *p = 3; }
static void *wa(void *v) { (void)v; set(&gs.a); return NULL; }
static void *wb(void *v) { (void)v; gs.b = 1; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, wa, NULL);
  pthread_create(&t2, NULL, wb, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return gs.a + gs.b;
}
