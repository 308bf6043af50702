/* race-free: lazy init where both the check and the init are inside the mutex (no unlocked fast path) */
#include <pthread.h>
#include <stdlib.h>
#include <assert.h>
struct cfg { int port; };
struct cfg *inst;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static struct cfg *get(void) {
  pthread_mutex_lock(&m);
  if (!inst) { inst = malloc(sizeof *inst); if (!inst) abort(); inst->port = 80; }
  struct cfg *c = inst;
  pthread_mutex_unlock(&m);
  return c;
}
void *w(void *p) { (void)p; assert(get()->port == 80); return NULL; }
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return 0;
}
