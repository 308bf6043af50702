/* TRUTH: racy — main writes limit after creating the thread that reads limit; nothing orders them */
#include <pthread.h>
static int limit = 10;
static void *scan(void *p) { (void)p; int n = 0; for (int i = 0; i < limit; i++) n++; return (void *)(long)n; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, scan, 0);
  limit = 20;
  pthread_join(t, 0);
  return 0;
}
