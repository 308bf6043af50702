/* TRUTH: racy — replaces fork with a thread sharing g */
#include <pthread.h>
#include <stdio.h>
int g;
void *t(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  g = 2;
  pthread_join(th, 0);
  printf("%d\n", g); return 0;
}
