/* TRUTH: racy. the err2 path unlocks m before reaching err1, where x-- runs (unlocked on that path) */
#include <pthread.h>
#include <stdlib.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *t(void *p) {
  char *a;
  pthread_mutex_lock(&m);
  a = malloc(4);
  if (!a) goto err1;
  if (((long)a & 1) == 0) goto err2;
  x++;
  pthread_mutex_unlock(&m);
  free(a);
  return 0;
err2:
  pthread_mutex_unlock(&m);
  free(a);
  x--;
  return 0;
err1:
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
