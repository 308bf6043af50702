// racy: a global callback pointer set at runtime to the unlocked job is invoked by both worker threads.
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int pos;
static void job_locked(void) { pthread_mutex_lock(&m); pos++; pthread_mutex_unlock(&m); }
static void job_fast(void) { pos++; }
static void (*cb)(void) = job_locked;
static void *w(void *a) { cb(); return 0; }
int main(void) {
  pthread_t a, b;
  cb = job_fast;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return pos;
}
