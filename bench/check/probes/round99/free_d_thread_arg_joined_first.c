/* TRUTH: free — twin: main joins the reader before calling localtime again */
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
  pthread_join(t, 0);
  stamp += 3600;
  localtime(&stamp);
  return 0;
}
