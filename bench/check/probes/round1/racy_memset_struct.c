/* TRUTH: racy. The worker memsets the whole struct (including b) while main
   increments S.b. */
#include <pthread.h>
#include <string.h>
struct two { int a; int b; };
struct two S;
void *worker(void *arg) { memset(&S, 0, sizeof S); return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  S.b++;
  pthread_join(t, NULL);
  return S.b;
}
