/* TRUTH: free. A writes g; B joins A (handle stored by main before creating B) then writes g;
   C joins B then writes g; main joins C and reads g. */
#include <pthread.h>
static int g;
static pthread_t ha, hb;
static void *A(void *v) { (void)v; g = 1; return NULL; }
static void *B(void *v) { (void)v; pthread_join(ha, NULL); g = 2; return NULL; }
static void *C(void *v) { (void)v; pthread_join(hb, NULL); g = 3; return NULL; }
int main(void) {
  pthread_t hc;
  pthread_create(&ha, NULL, A, NULL);
  pthread_create(&hb, NULL, B, NULL);
  pthread_create(&hc, NULL, C, NULL);
  pthread_join(hc, NULL);
  return g;
}
