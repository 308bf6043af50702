/* TRUTH: free — control: the NULL-argument thread leaves through `if (!p) pthread_exit(0);` (line 5) before x = 1 (line 6); spelled `!p` instead of `p == NULL`. */
#include <pthread.h>
static int x;
static void *t1(void *p) {
  if (!p) pthread_exit(0);
  x = 1;
  return 0;
}
int main(void) {
  pthread_t a;
  pthread_create(&a, 0, t1, 0);
  x = 2;
  pthread_join(a, 0);
  return x;
}
