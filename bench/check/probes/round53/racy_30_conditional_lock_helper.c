/* TRUTH: racy — record() only locks when need_lock is set; the audit thread calls it with 0 and writes log_pos unprotected */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_30_conditional_lock_helper.c", 4, "reach_error"); }
pthread_mutex_t log_m = PTHREAD_MUTEX_INITIALIZER;
int log_buf[16];
int log_pos;

static void record(int v, int need_lock) {
  if (need_lock) pthread_mutex_lock(&log_m);
  if (log_pos < 16) log_buf[log_pos++] = v;
  if (need_lock) pthread_mutex_unlock(&log_m);
}

void *app(void *arg)   { record(1, 1); record(2, 1); return NULL; }
void *audit(void *arg) { record(9, 0); return NULL; }

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, app, NULL);
  pthread_create(&b, NULL, audit, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (log_pos > 3) reach_error();
  return 0;
}
