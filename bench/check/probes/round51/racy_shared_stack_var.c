/* TRUTH: racy — main passes the address of its local acc to two threads that both add to it unsynchronised */
#include <pthread.h>
void *add(void *arg)
{
  int *acc = arg;
  for (int i = 0; i < 3; i++)
    *acc += i;
  return 0;
}
int main(void)
{
  int acc = 0;
  pthread_t a, b;
  pthread_create(&a, 0, add, &acc);
  pthread_create(&b, 0, add, &acc);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return acc;
}
