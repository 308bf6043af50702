/* TRUTH: free — harness style: worker a checks a private property that is always violated (s == 3) and calls reach_error() (abort) before `shared = 1`; that write never executes. */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static int shared;
static void *a(void *p) {
  (void)p;
  int s = 0;
  for (int i = 0; i < 3; i++) s += i;
  if (s == 3) reach_error();
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
