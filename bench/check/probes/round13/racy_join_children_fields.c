/* racy: worker joins only child a before summing, child b's write of s.right races with the read */
#include <pthread.h>
#include <assert.h>
struct pair { int left, right, sum; } s;
void *cl(void *p) { (void)p; s.left = 3; return NULL; }
void *cr(void *p) { (void)p; s.right = 4; return NULL; }
void *worker(void *p) {
  (void)p;
  pthread_t a, b;
  pthread_create(&a, NULL, cl, NULL);
  pthread_create(&b, NULL, cr, NULL);
  pthread_join(a, NULL);
  s.sum = s.left + s.right;
  pthread_join(b, NULL);
  return NULL;
}
int main(void) {
  pthread_t w;
  pthread_create(&w, NULL, worker, NULL);
  pthread_join(w, NULL);
  return s.sum;
}
