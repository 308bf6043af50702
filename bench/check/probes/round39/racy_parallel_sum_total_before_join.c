/* TRUTH: racy — main sums partial[] before the join loop (the two loops swapped), reading partial[i] while summer i writes it. */
#include <pthread.h>
#include <stdlib.h>
#define T 4
#define LEN 64
void reach_error(void) { abort(); }
int data[LEN];
long partial[T];
static void *summer(void *arg) {
  long id = (long)arg;
  long s = 0;
  for (int i = 0; i < LEN / T; i++) s += data[id * (LEN / T) + i];
  partial[id] = s;
  return NULL;
}
int main(void) {
  pthread_t th[T];
  for (int i = 0; i < LEN; i++) data[i] = i;
  for (long i = 0; i < T; i++) pthread_create(&th[i], NULL, summer, (void *)i);
  long total = 0;
  for (int i = 0; i < T; i++) total += partial[i];
  for (int i = 0; i < T; i++) pthread_join(th[i], NULL);
  if (total != LEN * (LEN - 1) / 2) reach_error();
  return 0;
}
