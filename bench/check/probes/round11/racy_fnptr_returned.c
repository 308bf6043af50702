// racy: pick(k) returns the thread function; for k=1 it is the unlocked writer.
#include <pthread.h>
typedef void *(*entry_t)(void *);
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int pos;
static void *write_locked(void *a) { pthread_mutex_lock(&m); pos++; pthread_mutex_unlock(&m); return 0; }
static void *write_fast(void *a) { pos++; return 0; }
static entry_t pick(int k) { return k ? write_fast : write_locked; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, pick(0), 0);
  pthread_create(&b, 0, pick(1), 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return pos;
}
