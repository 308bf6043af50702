// racy: start(fn) helper is called with write_locked and with write_fast; the latter writes pos unlocked.
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int pos;
static void *write_locked(void *a) { pthread_mutex_lock(&m); pos++; pthread_mutex_unlock(&m); return 0; }
static void *write_fast(void *a) { pos++; return 0; }
static pthread_t start(void *(*fn)(void *)) { pthread_t t; pthread_create(&t, 0, fn, 0); return t; }
int main(void) {
  pthread_t a = start(write_locked);
  pthread_t b = start(write_fast);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return pos;
}
