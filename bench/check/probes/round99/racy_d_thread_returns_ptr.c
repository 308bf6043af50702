/* TRUTH: racy — a thread returns localtime's pointer; main reads it after join while a third thread calls localtime */
#include <pthread.h>
#include <time.h>
static time_t stamp = 1700000000;
static void *producer(void *a) { (void)a; return localtime(&stamp); }
static void *ticker(void *a) {
  (void)a;
  for (int i = 0; i < 100; i++) localtime(&stamp);
  return 0;
}
int main(void) {
  pthread_t p, t;
  void *res;
  pthread_create(&t, 0, ticker, 0);
  pthread_create(&p, 0, producer, 0);
  pthread_join(p, &res);
  int h = ((struct tm *)res)->tm_hour;
  pthread_join(t, 0);
  return h;
}
