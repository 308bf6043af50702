/* TRUTH: racy. C writes g before joining B, so B and C may write g concurrently. */
#include <pthread.h>
static int g;
static pthread_t ha, hb;
static void *A(void *v) { (void)v; g = 1; return NULL; }
static void *B(void *v) { (void)v; pthread_join(ha, NULL); g = 2; return NULL; }
static void *C(void *v) { (void)v; g = 3; pthread_join(hb, NULL); return NULL; }
int main(void) {
  pthread_t hc;
  pthread_create(&ha, NULL, A, NULL);
  pthread_create(&hb, NULL, B, NULL);
  pthread_create(&hc, NULL, C, NULL);
  pthread_join(hc, NULL);
  return g;
}
