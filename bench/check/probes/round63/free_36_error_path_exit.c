/* TRUTH: free — if create fails main returns at once (no thread runs); otherwise it joins before touching shared */
#include <pthread.h>
#include <stdio.h>
static int shared;
static void *w(void *p) { (void)p; shared = 11; return 0; }
int main(void) {
  pthread_t t;
  if (pthread_create(&t, 0, w, 0) != 0) { fprintf(stderr, "create failed\n"); return 1; }
  if (pthread_join(t, 0) != 0) return 2;
  shared++;
  return shared;
}
