/* TRUTH: free — constructor-started worker is joined before main writes g */
#include <pthread.h>
int g;
pthread_t bg;
void *w(void *a) { g = 1; return 0; }
__attribute__((constructor)) static void start(void) { pthread_create(&bg, 0, w, 0); }
int main(void) {
  pthread_join(bg, 0);
  g = 2;
  return g;
}
