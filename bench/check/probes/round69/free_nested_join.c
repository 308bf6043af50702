/* TRUTH: free — b joins a before returning; main joins b before writing g, so a's write happens before main's */
#include <pthread.h>
#include <stdio.h>
int g;
pthread_t ta;
void *a(void *p) { g = 1; return 0; }
void *b(void *p) { pthread_join(ta, 0); return 0; }
int main(void) {
  pthread_t tb;
  pthread_create(&ta, 0, a, 0);
  pthread_create(&tb, 0, b, 0);
  pthread_join(tb, 0);
  g = 2;
  printf("%d\n", g);
  return 0;
}
