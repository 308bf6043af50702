/* TRUTH: racy — p and q both point to 'target'; one thread writes *p, the other *q, unsynchronized */
#include <pthread.h>

int target;
int other;
int *p = &target;
int *q;

void *wp(void *arg) { *p = 1; return 0; }
void *wq(void *arg) { *q = 2; return 0; }

int main(void) {
  pthread_t a, b;
  q = &other;
  q = p;
  pthread_create(&a, 0, wp, 0);
  pthread_create(&b, 0, wq, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return target;
}
