/* TRUTH: racy — sizeof of a VLA type evaluates its size expression, which writes g */
#include <pthread.h>
#include <stdio.h>
int g;
void *t(void *a) { return (void *)sizeof(int[g = 5]); }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  g = 2;
  pthread_join(th, 0); printf("%d\n", g); return 0;
}
