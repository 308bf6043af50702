/* TRUTH: racy. main passes the address of a block-scope compound literal to the thread and
   writes its field before joining. */
#include <pthread.h>
struct pt { int x, y; };
static void *w(void *v) { struct pt *p = v; p->x = 9; return NULL; }
int main(void) {
  pthread_t t;
  struct pt *p = &(struct pt){ 0, 0 };
  pthread_create(&t, NULL, w, p);
  p->x = 1;
  pthread_join(t, NULL);
  return p->x;
}
