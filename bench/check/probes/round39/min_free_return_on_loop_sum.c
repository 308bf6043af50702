/* TRUTH: free — the private sum 0+1+2 is always 3, so worker a always returns before `shared = 1`; only b writes shared. */
#include <pthread.h>
static int shared;
static void *a(void *p) {
  (void)p;
  int s = 0;
  for (int i = 0; i < 3; i++) s += i;
  if (s == 3) return 0;
  shared = 1;
  return 0;
}
static void *b(void *p) { (void)p; shared = 2; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, a, 0);
  pthread_create(&y, 0, b, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return shared;
}
