// racy: thread y calls log_it without begin_op/end_op, so jlen is updated unprotected.
#include <pthread.h>
static pthread_mutex_t jm = PTHREAD_MUTEX_INITIALIZER;
static int journal[8];
static int jlen;
static void begin_op(void) { pthread_mutex_lock(&jm); }
static void end_op(void) { pthread_mutex_unlock(&jm); }
static void log_it(int v) { if (jlen < 8) journal[jlen++] = v; }
static void *wx(void *a) { begin_op(); log_it(1); end_op(); return 0; }
static void *wy(void *a) { log_it(2); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, wx, 0);
  pthread_create(&y, 0, wy, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return jlen;
}
