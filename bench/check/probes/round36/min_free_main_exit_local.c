/* TRUTH: free — dev_ok is a local of main that is always 0, so main always exits at line 10 and never runs x = 2 (line 11); the thread's x = 1 (line 5) has no conflicting partner. */
#include <pthread.h>
#include <stdlib.h>
static int x;
static void *t1(void *p) { x = 1; return 0; }
int main(void) {
  pthread_t a;
  int dev_ok = 0;
  pthread_create(&a, 0, t1, 0);
  if (!dev_ok) exit(1);
  x = 2;
  pthread_join(a, 0);
  return x;
}
