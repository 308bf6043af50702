/* TRUTH: free. Minimal: memset(&gs, 0, sizeof(int)) writes only gs.a; weft takes it as a
   write of every field and reports a DEFINITE race with gs.b. */
#include <pthread.h>
#include <string.h>
struct s { int a; int b; };
static struct s gs;
static void *clr(void *v) { (void)v; memset(&gs, 0, sizeof(int)); return NULL; }
static void *wb(void *v) { (void)v; gs.b = 1; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, clr, NULL);
  pthread_create(&t2, NULL, wb, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
