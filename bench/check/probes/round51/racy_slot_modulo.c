/* TRUTH: racy — three threads write slot[id % 2]: threads 0 and 2 both write slot[0] unsynchronised */
#include <pthread.h>
#include <stdint.h>
int slot[2];
void *w(void *arg)
{
  int id = (int)(intptr_t)arg;
  slot[id % 2] += id + 1;
  return 0;
}
int main(void)
{
  pthread_t t[3];
  for (int i = 0; i < 3; i++)
    pthread_create(&t[i], 0, w, (void *)(intptr_t)i);
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], 0);
  return slot[0];
}
