/* TRUTH: free — each thread gets its own malloc'd counter */
#include <pthread.h>
#include <stdlib.h>
void *t(void *a) { int *p = a; *p += 1; return 0; }
int main(void) {
  pthread_t th[2]; int *p[2];
  for (int i = 0; i < 2; i++) { p[i] = malloc(sizeof(int)); if (!p[i]) return 1; *p[i] = 0; }
  for (int i = 0; i < 2; i++) pthread_create(&th[i], 0, t, p[i]);
  for (int i = 0; i < 2; i++) pthread_join(th[i], 0);
  int v = *p[0] + *p[1];
  free(p[0]); free(p[1]);
  return v;
}
