// free: each worker mallocs its result and returns it through pthread_join; main reads it after the join.
#include <pthread.h>
#include <stdlib.h>
void *w(void *arg) {
  int *r = malloc(sizeof *r);
  if (r) *r = (int)(long)arg * 3;
  return r;
}
int main(void) {
  pthread_t t[3];
  int sum = 0;
  for (long i = 0; i < 3; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (int i = 0; i < 3; i++) {
    void *p;
    pthread_join(t[i], &p);
    if (p) { sum += *(int *)p; free(p); }
  }
  return sum;
}
