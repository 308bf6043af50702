/* TRUTH: racy — the pointer is kept in a field of a global struct; reading state.last->tm_sec races with ticker */
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
static struct { struct tm *last; int n; } state;
static int use(void) {
  state.last = localtime(&stamp);
  state.n++;
  return state.last->tm_sec;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, ticker, 0);
  int r = use();
  pthread_join(t, 0);
  return r & 1;
}
