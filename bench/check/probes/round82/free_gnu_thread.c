/* TRUTH: free — __thread variable plus pointer to it used only within the owning thread */
#include <pthread.h>
#include <stdio.h>
static __thread int slot[4];
static void bump(int *p) { p[2]++; }
void *w(void *a) { for (int i = 0; i < 1000; i++) bump(slot); return (void *)(long)slot[2]; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  bump(slot);
  pthread_join(a, 0); pthread_join(b, 0); return 0;
}
