/* TRUTH: racy — the pointer is obtained before the ticker starts but read after; ticker's localtime rewrites it */
#include <pthread.h>
#include <time.h>
static time_t stamp = 1700000000;
static void *ticker(void *a) {
  (void)a;
  for (int i = 0; i < 100; i++) localtime(&stamp);
  return 0;
}
int main(void) {
  pthread_t t;
  struct tm *now = localtime(&stamp);
  pthread_create(&t, 0, ticker, 0);
  int h = now->tm_hour;
  pthread_join(t, 0);
  return h & 1;
}
