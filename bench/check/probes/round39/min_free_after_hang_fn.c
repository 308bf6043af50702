/* TRUTH: free — worker a calls hang(), which loops forever (`for (;;) sleep(1);`) and never returns, so a's `shared = 1` never runs; main exits the process after joining b. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
static int shared;
static void hang(void) {
  for (;;) sleep(1);
}
static void *a(void *p) {
  (void)p;
  hang();
  shared = 1;
  return 0;
}
static void *b(void *p) { (void)p; shared = 2; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, a, 0);
  pthread_create(&y, 0, b, 0);
  pthread_join(y, 0);
  exit(shared);
}
