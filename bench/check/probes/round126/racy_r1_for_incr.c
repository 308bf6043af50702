/* TRUTH: racy — the for loop's increment expression stores started=0 after the body, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  int i;
  pthread_create(&t, 0, w, 0);
  started = 1;
  for (i = 0; i < 1; i++, started = 0)
    ;
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
