// racy: debug is a global variable set to 1 by main before starting workers, so the unlocked 'stat = 0' executes.
#include <pthread.h>
static int debug = 0;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int stat;
void *w(void *a) {
  pthread_mutex_lock(&m);
  stat++;
  pthread_mutex_unlock(&m);
  if (debug) stat = 0;
  return 0;
}
int main(void) {
  pthread_t x, y;
  debug = 1;
  pthread_create(&x, 0, w, 0);
  pthread_create(&y, 0, w, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return stat;
}
