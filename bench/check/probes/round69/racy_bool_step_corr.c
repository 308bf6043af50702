/* TRUTH: racy — for arg 1, b stays 1 after b++ (a _Bool saturates), so b - 1 == 0 holds and g++ runs without m; the arg 0 thread writes g under m */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *a) {
  long id = (long)a;
  _Bool b = id;
  if (!b) pthread_mutex_lock(&m);
  b++;
  if (b - 1 == 0) g++;
  if (!id) pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)0);
  pthread_create(&t2, 0, w, (void *)1);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  printf("%d\n", g);
  return 0;
}
