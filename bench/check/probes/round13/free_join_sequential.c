/* race-free: t1 joined before t2 is created; both increment x but never concurrently */
#include <pthread.h>
#include <assert.h>
int x;
void *inc(void *p) { (void)p; x++; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, inc, NULL);
  pthread_join(t1, NULL);
  pthread_create(&t2, NULL, inc, NULL);
  pthread_join(t2, NULL);
  assert(x == 2);
  return 0;
}
