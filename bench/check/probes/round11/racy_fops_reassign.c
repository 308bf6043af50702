// racy: fops.write is first set to the locked handler and then overwritten with the unlocked one before the thread is created.
#include <pthread.h>
struct fops { void *(*write)(void *); };
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int pos;
static void *write_locked(void *a) { pthread_mutex_lock(&m); pos++; pthread_mutex_unlock(&m); return 0; }
static void *write_fast(void *a) { pos++; return 0; }
static struct fops ops;
int main(void) {
  pthread_t a, b;
  ops.write = write_locked;
  pthread_create(&a, 0, ops.write, 0);
  ops.write = write_fast;
  pthread_create(&b, 0, ops.write, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return pos;
}
