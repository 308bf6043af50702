/* TRUTH: free — the shared heap pair gets .left written only by thread L and .right only by thread R */
#include <pthread.h>
#include <stdlib.h>
struct pair { long left; long right; };
static void *do_left(void *p) { struct pair *q = p; q->left = 1; return 0; }
static void *do_right(void *p) { struct pair *q = p; q->right = 2; return 0; }
int main(void) {
  struct pair *q = malloc(sizeof *q);
  if (!q) return 1;
  pthread_t l, r;
  pthread_create(&l, 0, do_left, q); pthread_create(&r, 0, do_right, q);
  pthread_join(l, 0); pthread_join(r, 0);
  long s = q->left + q->right;
  free(q);
  return (int)s;
}
