/* TRUTH: free — the collector thread joins the producer before reading its output; main reads after joining the collector */
#include <pthread.h>
#include <stdio.h>

int produced[4];
int collected;
pthread_t producer_tid;

static void *producer(void *arg) {
  (void)arg;
  for (int i = 0; i < 4; i++) produced[i] = i * 11;
  return NULL;
}

static void *collector(void *arg) {
  (void)arg;
  pthread_join(producer_tid, NULL);
  for (int i = 0; i < 4; i++) collected += produced[i];
  produced[0] = -1;
  return NULL;
}

int main(void) {
  pthread_t c;
  pthread_create(&producer_tid, NULL, producer, NULL);
  pthread_create(&c, NULL, collector, NULL);
  pthread_join(c, NULL);
  printf("%d %d\n", collected, produced[0]);
  return 0;
}
