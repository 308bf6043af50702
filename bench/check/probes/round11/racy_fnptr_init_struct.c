// racy: a static const ops table initialised with the unlocked writer for slot 1; both slots are started as threads.
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int pos;
static void *write_locked(void *a) { pthread_mutex_lock(&m); pos++; pthread_mutex_unlock(&m); return 0; }
static void *write_fast(void *a) { pos++; return 0; }
struct drv { const char *name; void *(*run)(void *); };
static const struct drv drivers[] = { { "slow", write_locked }, { "fast", write_fast } };
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, drivers[i].run, 0);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return pos;
}
