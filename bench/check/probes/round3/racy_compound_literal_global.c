/* TRUTH: racy. File-scope compound literal (static storage) reached via gp; both threads
   increment gp->x. */
#include <pthread.h>
struct pt { int x, y; };
static struct pt *gp = &(struct pt){ 1, 2 };
static void *w(void *v) { (void)v; gp->x++; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return gp->x;
}
