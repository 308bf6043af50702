/* TRUTH: racy — fp holds start_a at the call, which returns 1 after starting w; fp() == 0 skips the join, x=2 races */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start_a(void) { if (pthread_create(&t, 0, w, 0)) exit(1); return 1; }
int start_b(void) { if (pthread_create(&t, 0, w, 0)) exit(1); return 0; }
int (*fp)(void);
int main(void) {
  fp = start_b;
  fp = start_a;
  if (fp() == 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
