// racy: thread function chosen through a local function-pointer variable that is reassigned; the second thread runs the unlocked writer.
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int pos;
static void *write_locked(void *a) { pthread_mutex_lock(&m); pos++; pthread_mutex_unlock(&m); return 0; }
static void *write_fast(void *a) { pos++; return 0; }
int main(void) {
  pthread_t a, b;
  void *(*fn)(void *) = write_locked;
  pthread_create(&a, 0, fn, 0);
  fn = write_fast;
  pthread_create(&b, 0, fn, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return pos;
}
