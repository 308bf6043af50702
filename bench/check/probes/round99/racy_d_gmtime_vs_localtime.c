/* TRUTH: racy — gmtime and localtime share one static struct tm: reading gmtime's result races with ticker's localtime */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
static time_t stamp = 1700000000;
/* the other thread keeps calling localtime */
static void *ticker(void *a) {
  (void)a;
  for (int i = 0; i < 100; i++) {
    struct tm *t = localtime(&stamp);
    (void)t;
  }
  return 0;
}
static int use(void) {
  struct tm *g = gmtime(&stamp);
  return g->tm_yday;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, ticker, 0);
  int r = use();
  pthread_join(t, 0);
  return r & 1;
}
