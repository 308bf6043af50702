/* TRUTH: free — the callback registration and the timer thread's invocation both go through tm_lock; the callback's own state is updated while the lock is held */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
struct timer {
  void (*fn)(struct timer *);
  int fired;
  int armed;
};
pthread_mutex_t tm_lock = PTHREAD_MUTEX_INITIALIZER;
struct timer tmr;

static void on_fire(struct timer *t) { t->fired++; }

void *timer_thread(void *arg)
{
  for (int i = 0; i < 3; i++) {
    pthread_mutex_lock(&tm_lock);
    if (tmr.armed && tmr.fn != NULL) {
      tmr.fn(&tmr);
      tmr.armed = 0;
    }
    pthread_mutex_unlock(&tm_lock);
  }
  return NULL;
}

void *driver(void *arg)
{
  pthread_mutex_lock(&tm_lock);
  tmr.fn = on_fire;
  tmr.armed = __VERIFIER_nondet_int() != 0;
  pthread_mutex_unlock(&tm_lock);
  return NULL;
}

int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, timer_thread, 0);
  pthread_create(&b, 0, driver, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return tmr.fired > 1;
}
