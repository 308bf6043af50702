/* TRUTH: racy. localtime returns a pointer to shared static storage. */
#include <pthread.h>
#include <time.h>
void *worker(void *arg) { time_t t = (time_t)(long)arg; struct tm *tm = localtime(&t); return (void *)(long)tm->tm_year; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)1000);
  pthread_create(&b, NULL, worker, (void *)2000000);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
