/* TRUTH: racy — table is initialised safely via pthread_once, but afterwards every thread increments table[0] without a lock */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[4];
static void init(void) { for (int i = 0; i < 4; i++) table[i] = 1; }
void *t(void *a)
{
  pthread_once(&once, init);
  table[0]++;
  return 0;
}
int main(void)
{
  pthread_t x, y;
  pthread_create(&x, 0, t, 0);
  pthread_create(&y, 0, t, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return table[0];
}
