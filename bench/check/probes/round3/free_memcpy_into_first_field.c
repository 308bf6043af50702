/* TRUTH: free. memcpy writes sizeof(int) bytes at &gs (= gs.a only); t2 writes gs.b. */
#include <pthread.h>
#include <string.h>
struct s { int a; int b; };
static struct s gs;
static void *cp(void *v) { (void)v; int x = 5; memcpy(&gs, &x, sizeof x); return NULL; }
static void *wb(void *v) { (void)v; gs.b = 1; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, cp, NULL);
  pthread_create(&t2, NULL, wb, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return gs.b;
}
