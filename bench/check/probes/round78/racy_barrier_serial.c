/* TRUTH: racy — second barrier missing: other threads read mean while the serial thread writes it */
#include <pthread.h>
#include <stdio.h>
#define T 4
double part[T], mean, out[T];
pthread_barrier_t bar;
static void *w(void *arg) {
  int id = (int)(long)arg;
  part[id] = id * 2.0;
  if (pthread_barrier_wait(&bar) == PTHREAD_BARRIER_SERIAL_THREAD) { double s = 0; for (int i = 0; i < T; i++) s += part[i]; mean = s / T; }
  out[id] = part[id] - mean;
  return 0;
}
int main(void) {
  pthread_t t[T];
  pthread_barrier_init(&bar, 0, T);
  for (long i = 0; i < T; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (int i = 0; i < T; i++) pthread_join(t[i], 0);
  printf("%f\n", out[0]);
  return 0;
}
