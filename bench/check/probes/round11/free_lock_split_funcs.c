// free: begin_op() locks and end_op() unlocks the same global mutex; accesses to journal happen between them in both threads.
#include <pthread.h>
static pthread_mutex_t jm = PTHREAD_MUTEX_INITIALIZER;
static int journal[8];
static int jlen;
static void begin_op(void) { pthread_mutex_lock(&jm); }
static void end_op(void) { pthread_mutex_unlock(&jm); }
static void log_it(int v) { if (jlen < 8) journal[jlen++] = v; }
static void *w(void *a) {
  begin_op();
  log_it((int)(long)a);
  end_op();
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, (void *)1L);
  pthread_create(&y, 0, w, (void *)2L);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return jlen;
}
