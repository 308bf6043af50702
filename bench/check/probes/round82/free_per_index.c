/* TRUTH: free — each thread writes data[id] with a distinct id passed by value */
#include <pthread.h>
#include <stdio.h>
int data[4];
void *t(void *a) { long id = (long)a; for (int k = 0; k < 100; k++) data[id] += k; return 0; }
int main(void) {
  pthread_t th[4];
  for (long i = 0; i < 4; i++) pthread_create(&th[i], 0, t, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(th[i], 0);
  printf("%d\n", data[0] + data[3]); return 0;
}
