/* TRUTH: free — main writes g after thrd_join */
#include <threads.h>
int g;
int w(void *a) { g = 1; return 0; }
int main(void) {
  thrd_t t;
  thrd_create(&t, w, 0);
  thrd_join(t, 0);
  g = 2;
  return g;
}
