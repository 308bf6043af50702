/* TRUTH: racy — the create loop hands (void *)(long)(i % 2) for i = 0..3, so two workers get 0 and write part[0]. */
#include <pthread.h>
static int part[4];
static void *w(void *p) {
  long id = (long)p;
  part[id] += 1;
  return 0;
}
int main(void) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], 0, w, (void *)(long)(i % 2));
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  return part[0];
}
