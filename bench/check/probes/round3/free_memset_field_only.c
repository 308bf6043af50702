/* TRUTH: free. t1 memsets only gs.name; t2 writes gs.b (different memory locations). */
#include <pthread.h>
#include <string.h>
struct s { int a, b; char name[8]; };
static struct s gs;
static void *clr(void *v) { (void)v; memset(gs.name, 0, sizeof gs.name); return NULL; }
static void *wb(void *v) { (void)v; gs.b = 1; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, clr, NULL);
  pthread_create(&t2, NULL, wb, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return gs.b;
}
