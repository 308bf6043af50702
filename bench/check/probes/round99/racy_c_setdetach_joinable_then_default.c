/* TRUTH: racy — setattr_default_np installs a DETACHED default (set through a pointer); create(NULL attr) then makes detached threads whose join is skipped */
#define _GNU_SOURCE
#include <pthread.h>
static int total;
static void *work(void *a) { (void)a; total++; return 0; }
int main(void) {
  pthread_attr_t def;
  int (*set_state)(pthread_attr_t *, int) = pthread_attr_setdetachstate;
  pthread_attr_init(&def);
  pthread_attr_setdetachstate(&def, PTHREAD_CREATE_JOINABLE);
  set_state(&def, PTHREAD_CREATE_DETACHED);
  pthread_setattr_default_np(&def);
  for (int i = 0; i < 3; i++) {
    pthread_t t;
    pthread_attr_t cur;
    int st = PTHREAD_CREATE_JOINABLE;
    pthread_create(&t, 0, work, 0);
    pthread_getattr_default_np(&cur);
    pthread_attr_getdetachstate(&cur, &st);
    if (st == PTHREAD_CREATE_JOINABLE) pthread_join(t, 0);
  }
  return 0;
}
