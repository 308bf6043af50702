/* TRUTH: racy — pthread_cleanup_pop(1) runs the handler, which writes g in the thread while main writes g */
#include <pthread.h>
#include <stdio.h>
int g;
static void cl(void *p) { g = 3; }
void *w(void *a) {
  pthread_cleanup_push(cl, 0);
  pthread_cleanup_pop(1);
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
