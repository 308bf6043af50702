/* TRUTH: racy — now_tm() returns localtime's pointer; the caller reads ->tm_hour while ticker calls localtime */
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
static struct tm *now_tm(void) { return localtime(&stamp); }
static int use(void) {
  return now_tm()->tm_hour;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, ticker, 0);
  int r = use();
  pthread_join(t, 0);
  return r & 1;
}
