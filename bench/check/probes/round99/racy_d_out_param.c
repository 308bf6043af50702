/* TRUTH: racy — get_tm(&tp) stores localtime's pointer through an out-parameter; reading tp->tm_mday races with ticker */
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
static void get_tm(struct tm **out) { *out = localtime(&stamp); }
static int use(void) {
  struct tm *tp;
  get_tm(&tp);
  return tp->tm_mday;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, ticker, 0);
  int r = use();
  pthread_join(t, 0);
  return r & 1;
}
