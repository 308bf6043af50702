/* TRUTH: free — pthread_cleanup_pop(0) does not run the handler and the thread is never cancelled, so cl never runs */
#include <pthread.h>
#include <stdio.h>
int g;
static void cl(void *p) { g = 3; }
void *w(void *a) {
  pthread_cleanup_push(cl, 0);
  pthread_cleanup_pop(0);
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
