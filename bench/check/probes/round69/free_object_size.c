/* TRUTH: free — __builtin_object_size never evaluates side effects; thread only reads gp, main writes g (other object) */
#include <pthread.h>
#include <stdio.h>
int g;
int *gp = &g;
void *w(void *a) { size_t k = __builtin_object_size(gp++, 0); (void)k; int *q = gp; (void)q; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
