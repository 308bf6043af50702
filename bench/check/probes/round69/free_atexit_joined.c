/* TRUTH: free — the atexit handler runs in main after main joined the thread */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int g;
static void at_end(void) { g = 3; }
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  atexit(at_end);
  pthread_create(&t, 0, w, 0);
  pthread_join(t, 0);
  return 0;
}
