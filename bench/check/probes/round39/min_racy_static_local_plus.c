/* TRUTH: racy — control with a static array: `cnt + 1` handed to the worker, main writes cnt[1] after the create (static storage, shared). */
#include <pthread.h>
static void *w(void *p) { *(int *)p = 1; return 0; }
int main(void) {
  pthread_t t;
  static int cnt[3];
  pthread_create(&t, 0, w, cnt + 1);
  cnt[1] = 2;
  pthread_join(t, 0);
  return cnt[1];
}
