/* TRUTH: free — spawn() is called with NULL twice and &x once: only one thread writes g (line 8); main reads after joins. */
#include <pthread.h>
#include <stddef.h>
int g, x, y;
pthread_t t[3];
void *w(void *arg) {
  if (arg == NULL) return 0;
  g = 1;
  return 0;
}
static void spawn(int i, void *a) { pthread_create(&t[i], 0, w, a); }
int main(void) {
  spawn(0, NULL);
  spawn(1, &x);
  spawn(2, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return g;
}
