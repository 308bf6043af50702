/* TRUTH: racy — setdetachstate is reached through a function pointer with DETACHED; finish() skips the join for detached jobs, so loop passes overlap on 'total' */
#include <pthread.h>
static int total;
struct job { pthread_t id; int detached; };
static int (*set_state)(pthread_attr_t *, int) = pthread_attr_setdetachstate;
static void *work(void *a) { (void)a; total++; return 0; }
static struct job start(int detach) {
  struct job j = { 0, detach };
  pthread_attr_t at;
  pthread_attr_init(&at);
  if (detach) set_state(&at, PTHREAD_CREATE_DETACHED);
  pthread_create(&j.id, &at, work, 0);
  pthread_attr_destroy(&at);
  return j;
}
static void finish(struct job j) { if (!j.detached) pthread_join(j.id, 0); }
int main(void) {
  for (int i = 0; i < 3; i++) {
    struct job j = start(1);
    finish(j);
  }
  return 0;
}
