/* TRUTH: free — main's private sum 0+1+2 is always 3, so main always exits right after starting the worker; its `shared = 1` never runs and only the worker writes shared. */
#include <pthread.h>
#include <stdlib.h>
static int shared;
static void *w(void *p) { (void)p; shared = 2; return 0; }
int main(void) {
  pthread_t x;
  pthread_create(&x, 0, w, 0);
  int s = 0;
  for (int i = 0; i < 3; i++) s += i;
  if (s == 3) exit(0);
  shared = 1;
  pthread_join(x, 0);
  return shared;
}
