/* TRUTH: free — typeof of a non-VM expression does not evaluate it */
#include <pthread.h>
#include <stdio.h>
int g;
void *t(void *a) { __typeof__(g++) y = 3; return (void *)(long)y; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  g = 2;
  pthread_join(th, 0); printf("%d\n", g); return 0;
}
