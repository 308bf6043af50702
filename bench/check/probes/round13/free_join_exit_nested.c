/* race-free: thread writes r then calls pthread_exit from a helper; main reads r after join */
#include <pthread.h>
#include <assert.h>
int r;
static void finish(int v) { r = v; pthread_exit(NULL); }
void *t(void *p) { (void)p; finish(11); return NULL; }
int main(void) {
  pthread_t th;
  pthread_create(&th, NULL, t, NULL);
  pthread_join(th, NULL);
  assert(r == 11);
  return 0;
}
