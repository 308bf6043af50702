/* TRUTH: racy — main passes localtime's pointer to a reader thread and then calls localtime again itself */
#include <pthread.h>
#include <time.h>
static time_t stamp = 1700000000;
static void *reader(void *a) {
  struct tm *t = a;
  return (void *)(long)t->tm_hour;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, reader, localtime(&stamp));
  stamp += 3600;
  localtime(&stamp);
  pthread_join(t, 0);
  return 0;
}
