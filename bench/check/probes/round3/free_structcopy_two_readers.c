/* TRUTH: free. Two threads copy gs into their own locals (reads only); nobody writes gs
   after the threads start. */
#include <pthread.h>
struct s { int a, b; };
static struct s gs = { 1, 2 };
static int out[2];
static void *copier(void *v) { long i = (long)v; struct s l = gs; out[i] = l.a + l.b; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, copier, (void *)0);
  pthread_create(&t2, NULL, copier, (void *)1);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return out[0] + out[1];
}
