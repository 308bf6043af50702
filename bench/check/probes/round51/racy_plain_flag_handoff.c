/* TRUTH: racy — message passing through a plain int flag: flag and data are accessed concurrently without atomics or locks */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
int data;
int flag;
void *producer(void *a) { data = 7; flag = 1; return 0; }
void *consumer(void *a)
{
  if (flag == 1) {
    if (data != 7)
      reach_error();
  }
  return 0;
}
int main(void)
{
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
