/* TRUTH: free. localtime_r writes into a caller-provided local. */
#include <pthread.h>
#include <time.h>
void *worker(void *arg) { time_t t = (time_t)(long)arg; struct tm tm; localtime_r(&t, &tm); return (void *)(long)tm.tm_year; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)1000);
  pthread_create(&b, NULL, worker, (void *)2000000);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
