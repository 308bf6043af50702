/* TRUTH: free — main joins A then hc (grandchild) before writing g */
#include <pthread.h>
int g;
pthread_t hc;
void *c(void *a) { g = 1; return 0; }
void *wa(void *a) { pthread_create(&hc, 0, c, 0); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, wa, 0);
  pthread_join(t, 0);
  pthread_join(hc, 0);
  g = 2;
  return g;
}
