/* TRUTH: free. The worker clears only field a (memset of &S.a, sizeof S.a); main
   writes field b. */
#include <pthread.h>
#include <string.h>
struct two { int a; int b; };
struct two S;
void *worker(void *arg) { memset(&S.a, 0, sizeof S.a); return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  S.b = 4;
  pthread_join(t, NULL);
  return S.b;
}
