/* TRUTH: free — thread i writes only slot[i]; the indices passed are distinct */
#include <pthread.h>
int slot[4];
void *t(void *a) { long i = (long)a; slot[i] = (int)i * 2; return 0; }
int main(void) {
  pthread_t th[4];
  for (long i = 0; i < 4; i++) pthread_create(&th[i], 0, t, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(th[i], 0);
  return slot[3];
}
