/* TRUTH: racy. t1 copies the whole struct gs (reads gs.b); t2 writes gs.b; no lock. */
#include <pthread.h>
struct s { int a, b; };
static struct s gs, snap;
static void *copier(void *v) { (void)v; snap = gs; return NULL; }
static void *writer(void *v) { (void)v; gs.b = 7; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, copier, NULL);
  pthread_create(&t2, NULL, writer, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return snap.a;
}
