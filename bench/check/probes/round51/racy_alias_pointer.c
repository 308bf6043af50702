/* TRUTH: racy — thread a writes level directly, thread b writes it through an alias pointer initialised by main */
#include <pthread.h>
int level;
int *plevel;
void *a(void *x) { level = 3; return 0; }
void *b(void *x) { *plevel = 4; return 0; }
int main(void)
{
  pthread_t t1, t2;
  plevel = &level;
  pthread_create(&t1, 0, a, 0);
  pthread_create(&t2, 0, b, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return level;
}
