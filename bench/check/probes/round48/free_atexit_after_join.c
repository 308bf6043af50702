/* TRUTH: free — the atexit handler reads x during exit in main, after main joined the only thread that writes x */
#include <pthread.h>
#include <stdlib.h>
int x; int seen;
static void report(void) { seen = x; }
void *t(void *a) { x = 5; return 0; }
int main(void) {
  pthread_t th;
  atexit(report);
  pthread_create(&th, 0, t, 0);
  pthread_join(th, 0);
  return 0;
}
