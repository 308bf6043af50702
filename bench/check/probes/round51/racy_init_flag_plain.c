/* TRUTH: racy — a hand-rolled "once" with a plain initialized flag: two threads can both test and set initialized and write table concurrently */
#include <pthread.h>
int initialized;
int table[4];
static void init(void)
{
  if (!initialized) {
    for (int i = 0; i < 4; i++)
      table[i] = i;
    initialized = 1;
  }
}
void *t(void *a)
{
  init();
  return (void *)(long)table[2];
}
int main(void)
{
  pthread_t x, y;
  pthread_create(&x, 0, t, 0);
  pthread_create(&y, 0, t, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
