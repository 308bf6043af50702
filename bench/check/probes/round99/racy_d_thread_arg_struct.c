/* TRUTH: racy — localtime's pointer is handed to the reader thread inside a job struct; main then calls localtime again */
#include <pthread.h>
#include <time.h>
struct job { struct tm *when; int id; };
static time_t stamp = 1700000000;
static void *reader(void *a) {
  struct job *j = a;
  return (void *)(long)j->when->tm_hour;
}
int main(void) {
  pthread_t t;
  struct job j = { localtime(&stamp), 1 };
  pthread_create(&t, 0, reader, &j);
  stamp += 60;
  localtime(&stamp);
  pthread_join(t, 0);
  return 0;
}
