/* TRUTH: racy — main joins only t1 and then reads out2, which t2 writes; t2 is joined later */
#include <pthread.h>
int out1, out2;
void *w1(void *a) { out1 = 1; return 0; }
void *w2(void *a) { out2 = 2; return 0; }
int main(void)
{
  pthread_t t1, t2;
  pthread_create(&t1, 0, w1, 0);
  pthread_create(&t2, 0, w2, 0);
  pthread_join(t1, 0);
  int s = out1 + out2;
  pthread_join(t2, 0);
  return s;
}
