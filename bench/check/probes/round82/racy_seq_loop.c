/* TRUTH: racy — threads created in one loop and joined in another, so they overlap */
#include <pthread.h>
#include <stdio.h>
int acc;
void *t(void *a) { acc += (int)(long)a; return 0; }
int main(void) {
  pthread_t th[4];
  for (long i = 0; i < 4; i++) pthread_create(&th[i], 0, t, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(th[i], 0);
  printf("%d\n", acc); return 0;
}
