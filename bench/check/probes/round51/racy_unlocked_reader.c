/* TRUTH: racy — the writer updates temperature under lock but the monitor reads it without the lock */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void reach_error(void) { abort(); }
pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
int temperature;
void *sensor(void *a)
{
  for (int i = 0; i < 3; i++) {
    pthread_mutex_lock(&lock);
    temperature = __VERIFIER_nondet_int();
    pthread_mutex_unlock(&lock);
  }
  return 0;
}
void *monitor(void *a)
{
  int t = temperature;
  if (t > 1000)
    return (void *)1;
  return 0;
}
int main(void)
{
  pthread_t s, m;
  pthread_create(&s, 0, sensor, 0);
  pthread_create(&m, 0, monitor, 0);
  pthread_join(s, 0);
  pthread_join(m, 0);
  return 0;
}
