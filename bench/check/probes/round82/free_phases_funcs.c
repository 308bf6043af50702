/* TRUTH: free — phase1 creates and joins its thread before phase2 creates another; both write g */
#include <pthread.h>
#include <stdio.h>
int g;
void *t(void *a) { g += 1; return 0; }
static void phase(void) { pthread_t h; pthread_create(&h, 0, t, 0); pthread_join(h, 0); }
int main(void) {
  phase();
  g *= 10;
  phase();
  printf("%d\n", g); return 0;
}
