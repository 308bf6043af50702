/* TRUTH: free — BUMP(k) ignores k and increments the thread's local n; the thread never touches g; main writes g */
#include <pthread.h>
#include <stdio.h>
int g;
#define ID(x) x
#define BUMP(k) ++ID(n)
static void *t(void *a) { (void)a; int n = 0; BUMP(g); return (void *)(long)n; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  g = 5;
  pthread_join(h, 0);
  printf("%d\n", g);
  return 0;
}
