/* TRUTH: racy — twin of min_free_exit_arg_null: the thread is given &x (non-NULL), passes the check and writes x = 1 (line 7), unordered with main's x = 2 (line 13). */
#include <pthread.h>
#include <stddef.h>
static int x;
static void *t1(void *p) {
  if (p == NULL) pthread_exit(0);
  x = 1;
  return 0;
}
int main(void) {
  pthread_t a;
  pthread_create(&a, 0, t1, &x);
  x = 2;
  pthread_join(a, 0);
  return x;
}
