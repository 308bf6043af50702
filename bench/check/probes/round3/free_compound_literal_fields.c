/* TRUTH: free. File-scope compound literal via gp; one thread writes x, other writes y. */
#include <pthread.h>
struct pt { int x, y; };
static struct pt *gp = &(struct pt){ 1, 2 };
static void *wx(void *v) { (void)v; gp->x++; return NULL; }
static void *wy(void *v) { (void)v; gp->y++; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, wx, NULL);
  pthread_create(&t2, NULL, wy, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return gp->x + gp->y;
}
