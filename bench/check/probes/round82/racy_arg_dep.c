/* TRUTH: racy — threads with arg 1 and 2 both write g */
#include <pthread.h>
#include <stdio.h>
int g;
void *t(void *a) { if ((long)a >= 1) g++; return 0; }
int main(void) {
  pthread_t th[3];
  for (long i = 0; i < 3; i++) pthread_create(&th[i], 0, t, (void *)i);
  for (int i = 0; i < 3; i++) pthread_join(th[i], 0);
  printf("%d\n", g); return 0;
}
