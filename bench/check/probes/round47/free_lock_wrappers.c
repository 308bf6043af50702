/* TRUTH: free — accesses to refcnt are bracketed by helper functions that lock/unlock the same global mutex */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

static pthread_mutex_t big_lock = PTHREAD_MUTEX_INITIALIZER;
static int refcnt = 1;

static void enter_critical(void) { pthread_mutex_lock(&big_lock); }
static void leave_critical(void) { pthread_mutex_unlock(&big_lock); }

static void get_ref(void) { enter_critical(); refcnt++; leave_critical(); }
static int put_ref(void) {
  int r;
  enter_critical();
  r = --refcnt;
  leave_critical();
  return r;
}

void *t(void *a) {
  get_ref();
  if (put_ref() <= 0) reach_error();
  return 0;
}

int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, 0);
  pthread_create(&y, 0, t, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  if (put_ref() != 0) reach_error();
  return 0;
}
