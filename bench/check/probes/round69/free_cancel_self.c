/* TRUTH: free — the thread cancels itself; pthread_testcancel acts on the pending (deferred) cancel and the thread ends before g = 1 */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) {
  pthread_cancel(pthread_self());
  pthread_testcancel();
  g = 1;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
