/* TRUTH: free — control for the min_racy_range_* files: mode is only ever 0 (no store to it at all, address never taken), so the thread's data = 1 (line 5) never runs; main's data accesses have no concurrent partner. */
#include <pthread.h>
static int mode;
static int data;
static void *w(void *p) { if (mode == 5) data = 1; return 0; }
int main(void) {
  pthread_t a;
  pthread_create(&a, 0, w, 0);
  data = 2;
  pthread_join(a, 0);
  return data;
}
